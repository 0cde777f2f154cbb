using System.Text;
using System.Text.Json.Nodes;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// Whole survey runs for the tests that need a submitted response.
public static class SurveyRun
{
    public static async Task<JsonObject> FillToLastPageAsync(SurveyDriver bot, SurveyUser user, string barriers = "partners,languages",
        string barrierOther = "", string region = "nl", JsonObject? start = null, string used = "training",
        string wanted = "matchmaking,trade_missions")
    {
        var card = start ?? await bot.SayForCardAsync(user, "survey");
        foreach (var page in new[]
        {
            SurveyAnswers.Company(region), SurveyAnswers.Abroad(), SurveyAnswers.Barriers(barriers, barrierOther),
            SurveyAnswers.Support(used, wanted), used.Length > 0 ? SurveyAnswers.SupportReview() : null, SurveyAnswers.Readiness(),
        }.OfType<Dictionary<string, JsonNode?>>())
        {
            card = SurveyDriver.CardOf(await bot.PressAsync(user, card, "survey.next", page));
            Assert.Null(SurveyCards.TextById(card, "error"));
        }
        Assert.Contains("survey.submit", SurveyCards.Verbs(card));
        return card;
    }

    public static async Task<JsonObject> CompleteAsync(SurveyDriver bot, SurveyUser user, string barriers = "partners,languages",
        string barrierOther = "", string region = "nl", string email = "", JsonObject? start = null, string used = "training",
        string wanted = "matchmaking,trade_missions")
    {
        var last = await FillToLastPageAsync(bot, user, barriers, barrierOther, region, start, used, wanted);
        var result = SurveyDriver.CardOf(await bot.PressAsync(user, last, "survey.submit", SurveyAnswers.Finish(contactOk: email == "" ? "" : "yes")));
        // Consent to be contacted opens the page that asks for the address.
        if (email != "") result = SurveyDriver.CardOf(await bot.PressAsync(user, result, "survey.submit", SurveyAnswers.Contact(email)));
        Assert.Equal("Your result", result["body"]![1]!["text"]!.GetValue<string>());
        return result;
    }

    // The results card's CSV link (or another of its downloads), fetched as a browser would: lines without the BOM.
    public static async Task<string[]> CsvAsync(SurveyDriver bot, string args = "", string download = "Download CSV", string locale = "en-US")
    {
        var card = await bot.SayForCardAsync(SurveyDriver.Manager(locale), ("survey results " + args).Trim());
        var url = new Uri(SurveyCards.Elements(card["actions"]).Single(a => a["title"]?.GetValue<string>() == download)["url"]!.GetValue<string>());
        var bytes = await bot.App.CreateClient().GetByteArrayAsync(url.PathAndQuery);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    // The CSV's records, fields unquoted as a spreadsheet reads them (RFC 4180).
    public static async Task<List<string[]>> CsvRecordsAsync(SurveyDriver bot, string args = "", string locale = "en-US") =>
        Records(string.Join("\r\n", await CsvAsync(bot, args, DownloadCsv(locale), locale)) + "\r\n");

    private static string DownloadCsv(string locale) => StakeholderBot.Cards.Survey.SurveyTexts.For(locale[..2]).DownloadCsv;

    public static List<string[]> Records(string csv)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                fields.Add(field.ToString()); field.Clear(); i++;
                records.Add([.. fields]); fields.Clear();
            }
            else field.Append(c);
        }
        return records;
    }
}
