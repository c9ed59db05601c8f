using Startfoto.Infrastructure.Indeling;

namespace Startfoto.Infrastructure.Tests.Indeling;

public sealed class IndelingFileReaderTests
{
    [Fact]
    public async Task An_upload_stream_over_5_MB_is_refused_without_reading_it_all()
    {
        var stream = new EndlessStream();

        var result = await IndelingFileReader.ReadAsync(stream, "groot.csv", default);

        Assert.Equal("IND001", Assert.Single(result.Problems).Code);
        Assert.True(stream.Served <= IndelingFileReader.MaxBytes + 81920 * 2);
    }

    [Fact]
    public async Task An_upload_stream_reads_like_its_bytes()
    {
        var result = await IndelingFileReader.ReadAsync(new MemoryStream(IndelingFiles.Seed2024), "gemeenten_2024.csv", default);

        Assert.True(result.Ok);
        Assert.Equal(342, result.Value!.Rows.Count(r => !r.IsBlank));
        Assert.Equal(343, result.Value.Rows[^1].Number);
    }

    [Fact]
    public void Xlsx_rows_keep_their_sheet_row_numbers_across_empty_rows()
    {
        var content = IndelingFiles.Xlsx([
            ["gemeentecode", "gemeentenaam", "jeugdregiocode", "jeugdregionaam", "provinciecode", "provincienaam"],
            [null, null, null, null, null, null],
            ["GM12", "Leiden", "JZ18", "Holland Rijnland", "PV28", "Zuid-Holland"],
        ]);

        var result = IndelingFileReader.ReadIndeling(content, "indeling.xlsx");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("IND015", 3, "gemeentecode", "indeling.xlsx"), (problem.Code, problem.At.Row, problem.At.Column, problem.At.File));
    }

    /// <summary>A stream that never ends, as a hostile upload would; counts what it served.</summary>
    sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            Served += count;
            return count;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
