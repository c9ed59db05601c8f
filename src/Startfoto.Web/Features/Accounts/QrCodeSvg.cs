using QRCoder;

namespace Startfoto.Web.Features.Accounts;

/// <summary>A QR code as inline SVG, made on the server: no script, no external service.</summary>
static class QrCodeSvg
{
    public static string Render(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
