using Xunit;
using StakeholderBot.Bot.Routing;

namespace StakeholderBot.Bot.Tests;

public sealed class CommandTests
{
    [Theory]
    [InlineData("help", Command.Help)]
    [InlineData("  HELP ", Command.Help)]
    [InlineData("", Command.Help)]
    [InlineData("survey", Command.Survey)]
    [InlineData("Survey results", Command.SurveyResults)]
    [InlineData("survey results INTRA Lombardy", Command.SurveyResults)]
    [InlineData("log meeting", Command.LogMeeting)]
    [InlineData("Documents", Command.Documents)]
    [InlineData("documents about export vouchers", Command.Question)]
    [InlineData("meetings Lombardy 2021", Command.Meetings)]
    [InlineData("meetings since March", Command.Meetings)]
    [InlineData("My data", Command.MyData)]
    [InlineData("delete my data", Command.DeleteMyData)]
    [InlineData("Delete my data.", Command.DeleteMyData)]
    [InlineData("delete data 3f2a", Command.DeleteData)]
    [InlineData("delete data", Command.DeleteData)]
    [InlineData("my data protection officer's address?", Command.Question)]
    [InlineData("delete my data from the survey of 2024", Command.Question)]
    [InlineData("When did UpGradeSME start?", Command.Question)]
    [InlineData("help me find the budget of INTRA", Command.Question)]
    [InlineData("survey of SMEs in the Lombardy region results?", Command.Question)]
    public void Command_IsTheFirstWordsOfTheMessage(string text, Command expected) =>
        Assert.Equal(expected, Commands.Parse(text));
}
