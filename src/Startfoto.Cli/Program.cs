using Startfoto.Cli;

try
{
    return await Commands.RunAsync(args, Console.Out, Console.Error);
}
catch (Exception e)
{
    // Bad input is reported as problems; what lands here is an outage (database down, disk full): say so, no stack trace.
    await Console.Error.WriteLineAsync($"startfoto: de opdracht is mislukt: {e.GetBaseException().Message}");
    return 1;
}
