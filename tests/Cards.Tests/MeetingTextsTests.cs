using StakeholderBot.Cards.Meetings;
using Xunit;

namespace StakeholderBot.Cards.Tests;

public class MeetingTextsTests
{
    public static TheoryData<string> Languages => new() { "en", "nl", "de", "hu", "it", "lt", "pl", "pt", "ro", "sl", "es" };

    // A title missing or in the wrong place would put one language's CSV out of step with its codes.
    [Theory]
    [MemberData(nameof(Languages))]
    public void MeetingTexts_HaveATitleForEveryColumnAndChoice(string language)
    {
        var texts = MeetingTexts.For(language);

        Assert.Equal(MeetingTexts.English.CsvColumns.Count, texts.CsvColumns.Count);
        Assert.Equal(MeetingChoices.MeetingTypes.Count, texts.MeetingTypes.Count);
        Assert.Equal(MeetingChoices.Formats.Count, texts.Formats.Count);
        Assert.Equal(MeetingChoices.ActionPlanStages.Count, texts.ActionPlanStages.Count);
        Assert.Equal(MeetingChoices.Languages.Count, texts.Languages.Count);
        Assert.All(texts.CsvColumns.Concat(texts.MeetingTypes).Concat(texts.Formats).Concat(texts.ActionPlanStages).Concat(texts.Languages),
            title => Assert.False(string.IsNullOrWhiteSpace(title)));
        Assert.Equal(texts.CsvColumns.Count, texts.CsvColumns.Distinct().Count());
        Assert.Contains("{0}", texts.Due);
        Assert.Equal(language == "en", ReferenceEquals(texts, MeetingTexts.English));
    }

    [Fact]
    public void MeetingTexts_InEnglish_AreTheFormsOwnTitles()
    {
        Assert.Equal(MeetingChoices.MeetingTypes.Select(c => c.Title), MeetingTexts.English.MeetingTypes);
        Assert.Equal("Hybride", MeetingTexts.TitleOf(MeetingChoices.Formats, MeetingTexts.Dutch.Formats, "hybrid"));
        Assert.Equal("retired-code", MeetingTexts.TitleOf(MeetingChoices.Formats, MeetingTexts.Dutch.Formats, "retired-code"));
    }
}
