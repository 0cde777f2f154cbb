using StakeholderBot.Bot.Hosting;
using StakeholderBot.Dialogs;
using StakeholderBot.Knowledge;
using StakeholderBot.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddStorage();
builder.Services.AddKnowledge();
builder.Services.AddDialogs();
builder.AddBot();
builder.AddTelemetry();

var app = builder.Build();
app.MapBot();
return await app.RunBotAsync();

public partial class Program;
