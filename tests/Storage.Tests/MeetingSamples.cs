using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Storage.Tests;

// Meetings for store tests; ids are 24 hex characters like the flow's form ids.
public static class MeetingSamples
{
    public static string NewId() => Guid.NewGuid().ToString("N")[..24];

    public static Meeting Meeting(string partner = "Regione Lombardia", DateOnly? date = null, string project = "intra",
        int participants = 20, params ActionItem[] items) => new()
    {
        Id = NewId(),
        Project = project,
        Partner = partner,
        Region = "Lombardy",
        PolicyInstrument = "ROP ERDF Lombardy",
        MeetingType = "rsg",
        Date = date ?? new DateOnly(2021, 3, 15),
        Format = "hybrid",
        Language = "it",
        ParticipantsTotal = participants,
        ParticipantsByType = new ParticipantCounts(5, 4, 6, 2, 0),
        Organisations = ["Regione Lombardia", "Unioncamere Lombardia"],
        Topics = "Export vouchers",
        Decisions = "Open a voucher call in June.",
        ActionItems = items.Length > 0 ? items : [new ActionItem("a01", "Draft the call", "Regione Lombardia", new DateOnly(2021, 6, 1))],
        GoodPractices = ["Export vouchers (Catalonia)"],
        PolicyChangeObserved = true,
        PolicyChange = "Voucher line added",
    };
}
