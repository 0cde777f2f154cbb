using StakeholderBot.Bot.Hosting;

WebApplication app;
try
{
    app = WebApplication.CreateBuilder(args).AddBotHost().Build();
}
catch (InvalidOperationException e)
{
    // Configuration errors name the key; a stack trace would only hide that.
    Console.Error.WriteLine("StakeholderBot cannot start: " + e.Message);
    return 1;
}
app.MapBot();
app.Run();
return 0;

public partial class Program;
