using System.Globalization;
using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Survey;

// The one reminder an SME gets for a survey they started and left: Continue opens it where they stopped, in their
// personal chat (from: the group chat or channel it was started in, when it was).
public static class SurveyNudgeCard
{
    public static JsonObject Build(string surveyId, string title, string language, int page, int pages, string? from = null)
    {
        var data = new JsonObject { [SurveyActionData.SurveyKey] = surveyId, [SurveyActionData.LanguageKey] = language };
        if (from is not null) data[SurveyActionData.FromKey] = from;
        var texts = NudgeTexts.For(language);
        return AdaptiveCard.Create(
            [
                AdaptiveCard.Heading(title),
                AdaptiveCard.Text(string.Format(CultureInfo.InvariantCulture, texts.Body, page, pages)),
            ],
            [AdaptiveCard.Execute(texts.Continue, CardVerbs.SurveyStart, data, style: "positive", validate: false)]);
    }
}

// {0} the page they stopped on, {1} the pages of the survey.
public sealed record NudgeTexts(string Body, string Continue)
{
    public static NudgeTexts For(string language) => language switch
    {
        "nl" => new("U bent aan deze enquête begonnen en gestopt op pagina {0} van {1}. Nog een paar minuten: ga verder waar u was gebleven.", "Verder gaan"),
        "hu" => new("Elkezdte ezt a kérdőívet, és a(z) {1} oldalból a(z) {0}. oldalon megállt. Már csak néhány perc: folytassa ott, ahol abbahagyta.", "Folytatás"),
        "it" => new("Ha iniziato questo questionario e si è fermato a pagina {0} di {1}. Mancano pochi minuti: continui da dove si era interrotto.", "Continua"),
        "pl" => new("Rozpoczęto tę ankietę i zatrzymano się na stronie {0} z {1}. Zostało kilka minut: kontynuuj od miejsca, w którym przerwano.", "Kontynuuj"),
        "es" => new("Empezó esta encuesta y se detuvo en la página {0} de {1}. Quedan unos minutos: continúe donde lo dejó.", "Continuar"),
        "lt" => new("Pradėjote šią apklausą ir sustojote {0} puslapyje iš {1}. Liko kelios minutės: tęskite nuo ten, kur sustojote.", "Tęsti"),
        "sl" => new("Začeli ste to anketo in se ustavili na strani {0} od {1}. Ostalo je le nekaj minut: nadaljujte, kjer ste končali.", "Nadaljuj"),
        _ => new("You started this survey and stopped on page {0} of {1}. It takes a few more minutes: continue where you left off.", "Continue"),
    };
}
