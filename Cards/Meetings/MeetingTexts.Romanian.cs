namespace StakeholderBot.Cards.Meetings;

public sealed partial record MeetingTexts
{
    public static readonly MeetingTexts Romanian = new()
    {
        CsvColumns = [
            "Data", "Proiect", "Partener", "Regiune", "Țară", "Tipul întâlnirii", "Format", "Limbă",
            "Instrument de politică", "Participanți", "Autoritate publică/de management",
            "Organizație de sprijin pentru afaceri", "IMM", "Universitate/cercetare", "Altele", "Organizații",
            "Teme", "Decizii", "Acțiuni", "Acțiuni deschise", "Bune practici", "Etapa planului de acțiune",
            "Schimbare de politică observată", "Schimbarea politicii", "Proces-verbal", "Listă de prezență",
            "Note", "Partajat cu părțile interesate", "ID întâlnire"
        ],
        MeetingTypes = [
            "Întâlnire RSG", "Webinar", "Vizită de studiu tematică", "Întâlnire interregională",
            "Evaluare inter pares", "Altele"
        ],
        Formats = ["Fizic", "Online", "Hibrid"],
        ActionPlanStages = [
            "Analiza situației", "Plan de acțiune elaborat", "Plan de acțiune validat",
            "Implementare (faza 2)", "Monitorizare (faza 2)"
        ],
        Languages = [
            "engleză", "neerlandeză", "germană", "maghiară", "italiană", "lituaniană", "poloneză",
            "portugheză", "română", "slovenă", "spaniolă"
        ],
        Yes = "Da",
        No = "Nu",
        Due = "termen {0}",
        Done = "finalizată",
    };
}
