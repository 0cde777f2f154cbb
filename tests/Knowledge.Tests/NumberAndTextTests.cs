using StakeholderBot.Knowledge.Answering;
using StakeholderBot.Knowledge.Text;
using Xunit;

namespace StakeholderBot.Knowledge.Tests;

public sealed class NumberAndTextTests
{
    [Theory]
    [InlineData("7,6 M €", "7.6 M€")]
    [InlineData("7,6 million euro", "7.6 M€")]
    [InlineData("970,474,516 €", "€ 970474516")]
    [InlineData("7 887.798 M€", "7887,798 M €")]
    [InlineData("2,48 billion €", "2.48 bn EUR")]
    public void Amounts_WrittenDifferently_NormaliseAlike(string one, string other) =>
        Assert.Equal(Terms.ForMatch(one, "en").Order(), Terms.ForMatch(other, "en").Order());

    [Theory]
    [InlineData("628,806 438 €", "628806438 eur")]
    [InlineData("9,9603 M €", "9d9603 million eur")]
    [InlineData("16,38%", "16d38 pct")]
    [InlineData("01.04.2016", "1 4 2016")]
    [InlineData("February 28th, 2019", "february 28 2019")]
    [InlineData("PA1 and NORTE2020", "pa 1 norte 2020")]
    public void Numbers_AreCanonical(string text, string expected) => Assert.Equal(expected, Terms.ForIndex(text, "en"));

    [Fact]
    public void Diacritics_AreFolded() =>
        Assert.Equal(Terms.ForIndex("Klaipeda Jurisic Potocnik", "en"), Terms.ForIndex("Klaipėda Jurišić Potočnik", "en"));

    [Fact]
    public void CountryAdjectives_ReadAsTheCountry_EachMarkedAsACountry()
    {
        var terms = Terms.ForMatch("Lithuanian Italian (PT) Dutch", "en");
        Assert.Equal(["lithuania", "italy", "portugal", "netherlands"], terms.Where(t => t != Countries.Marker));
        Assert.Equal(4, terms.Count(t => t == Countries.Marker));
    }

    [Theory]
    [InlineData("Which countries take part?", "en")]
    [InlineData("Welke landen doen mee?", "nl")]
    [InlineData("Quali paesi partecipano?", "it")]
    public void CountryQuestions_AcceptAnySentenceNamingACountry(string question, string language) =>
        Assert.Contains(QuestionAnalyzer.Analyze(question, language).Concepts,
            c => c.Alternatives.Any(a => a.Count == 1 && a[0] == Countries.Marker));

    [Theory]
    [InlineData("Wanneer is het project gestart?", "en", "nl")]
    [InlineData("When did the project start?", "nl", "en")]
    [InlineData("Wann hat das Projekt begonnen und wie lange dauert es?", "en", "de")]
    [InlineData("¿Cuándo empezó el proyecto?", "en", "es")]
    [InlineData("Sur quoi le partenariat va-t-il se concentrer en 2022 ?", "fr", "fr")]
    [InlineData("Quand est-ce que le projet a commencé et combien de partenaires sont dans le projet ?", "en", "fr")]
    public void Language_IsReadFromTheQuestion(string question, string locale, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(question, locale));

    [Fact]
    public void Sentences_SplitButNotAfterTitlesOrAbbreviations()
    {
        var sentences = SentenceSplitter.Split("Mrs. Otamendi opened the day. Dr. Potočnik spoke, e.g. on vouchers. The end.");
        Assert.Equal(["Mrs. Otamendi opened the day.", "Dr. Potočnik spoke, e.g. on vouchers.", "The end."], sentences);
    }

    // An enumeration in the running text is one sentence, up to the stop after its last item.
    [Fact]
    public void InlineEnumeration_StaysOneSentence()
    {
        var sentences = SentenceSplitter.Split(
            "SO 4.1 Exports. The measure funds 1. Advice on markets, 2. Trade fairs 3. Certification. 4. Loans for stock. It started in 2020. Calls open twice a year.");
        Assert.Equal(["SO 4.1 Exports.", "The measure funds 1. Advice on markets, 2. Trade fairs 3. Certification. 4. Loans for stock.",
            "It started in 2020.", "Calls open twice a year."], sentences);
    }

    [Theory]
    [InlineData("When did UpGradeSME start?", AnswerKind.Date, PeriodEdge.Start)]
    [InlineData("Until when does the project run?", AnswerKind.Date, PeriodEdge.End)]
    [InlineData("How much does the scheme allocate?", AnswerKind.Amount, PeriodEdge.None)]
    [InlineData("What share of exports comes from SMEs?", AnswerKind.Share, PeriodEdge.None)]
    [InlineData("How many rounds of meetings are planned?", AnswerKind.Count, PeriodEdge.None)]
    [InlineData("Who handles public relations?", AnswerKind.Who, PeriodEdge.None)]
    [InlineData("Which agency runs the voucher?", AnswerKind.Name, PeriodEdge.None)]
    [InlineData("Wanneer eindigt het project?", AnswerKind.Date, PeriodEdge.End)]
    [InlineData("What is the phone number of the project manager?", AnswerKind.Contact, PeriodEdge.None)]
    [InlineData("How many applications did the exhibition call receive?", AnswerKind.Count, PeriodEdge.None)]
    [InlineData("When does the call for the trade fair vouchers close?", AnswerKind.Date, PeriodEdge.End)]
    [InlineData("Which site hosts the self-assessment guide?", AnswerKind.Contact, PeriodEdge.None)]
    [InlineData("What did the study visit to the harbour cost?", AnswerKind.Amount, PeriodEdge.None)]
    [InlineData("What does the agency want to add to the export grants?", AnswerKind.Any, PeriodEdge.None)]
    [InlineData("Why do small firms avoid the trade fair grant?", AnswerKind.Any, PeriodEdge.None)]
    [InlineData("Did the number of firms applying go down?", AnswerKind.Any, PeriodEdge.None)]
    public void Question_SaysWhatKindOfAnswerItWants(string question, AnswerKind kind, PeriodEdge edge)
    {
        var analyzed = QuestionAnalyzer.Analyze(question, null);
        Assert.Equal(kind, analyzed.Kind);
        Assert.Equal(edge, analyzed.Edge);
    }

    [Theory]
    [InlineData("When does NORDIC WEB LINK finish?", AnswerKind.Date, PeriodEdge.End)]
    [InlineData("What is the budget of the Phone Bridge project?", AnswerKind.Amount, PeriodEdge.None)]
    [InlineData("Who leads the Contact Desk initiative?", AnswerKind.Who, PeriodEdge.None)]
    public void QuestionWordsInAName_DoNotSayWhatIsAsked(string question, AnswerKind kind, PeriodEdge edge)
    {
        var analyzed = QuestionAnalyzer.Analyze(question, "en");
        Assert.Equal(kind, analyzed.Kind);
        Assert.Equal(edge, analyzed.Edge);
    }

    [Theory]
    [InlineData("and when did it end?", true)]
    [InlineData("en wanneer eindigde het?", true)]
    [InlineData("When did INTRA start?", false)]
    public void FollowUps_AreRecognised(string question, bool followUp) =>
        Assert.Equal(followUp, QuestionAnalyzer.Analyze(question, null).IsFollowUp);

    [Theory]
    [InlineData("The group validated the plan on 28 February 2019 at its sixth meeting.", false)]
    [InlineData("The project ran from 1 April 2016 to 31 March 2021.", true)]
    [InlineData("Start: 01.04.2016; End: 31.03.2021", true)]
    [InlineData("It ran from April 2016 until March 2021.", true)]
    [InlineData("The call opened in March 2020.", false)]
    public void Periods_NeedTwoDistinctDates(string sentence, bool period) =>
        Assert.Equal(period, AnswerTypes.IsPeriod(StakeholderBot.Knowledge.Text.TextFolding.Fold(sentence)));

    [Theory]
    [InlineData("On 14 and 15 May 2025 the chamber welcomed the partners.", false)]
    [InlineData("The partners met on 3 March with 40 people from the region.", true)]
    [InlineData("The project identified almost one hundred cases, 83 of them validated.", true)]
    public void Counts_AreNotTheFirstDayOfTwo(string sentence, bool counted) =>
        Assert.Equal(counted, AnswerTypes.Counted(StakeholderBot.Knowledge.Text.Tokenizer.Scan(sentence), sentence, "en"));

    [Theory]
    [InlineData("litauischen", "lithuania")]
    [InlineData("litewskiego", "lithuania")]
    [InlineData("polskiego", "poland")]
    [InlineData("ungarischen", "hungary")]
    [InlineData("litvan", "lithuania")]
    [InlineData("regional", null)]
    [InlineData("generale", null)]
    public void CountryAdjectives_AreReadInTheirDeclinedForms(string folded, string? country) =>
        Assert.Equal(country, Countries.Canonical(folded));
}
