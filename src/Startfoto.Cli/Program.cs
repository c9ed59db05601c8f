using Startfoto.Cli;

return await Commands.RunAsync(args, Console.Out, Console.Error);
