namespace StakeholderBot.Cards.Meetings;

// What sharing a meeting means, said the same way on the form and the confirmation: exactly what stakeholders get.
public static class SharingTexts
{
    public const string Toggle = "Share decisions and participant counts with stakeholders";

    public const string Explanation =
        "When on, anyone's questions can be answered from this meeting's project, type, date, partner, region, participant counts and decisions. " +
        "Topics, organisations, action items, good practices, notes and links always stay with project managers.";

    public const string Shared = "Yes: decisions and participant counts";

    public const string Internal = "No: project managers only";
}
