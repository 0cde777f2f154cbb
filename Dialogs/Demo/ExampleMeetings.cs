using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Demo;

// Example meetings for trying the bot on a fresh install (Demo:ExampleData): partners and places of the three
// projects, dates in their lifetimes, nothing from real minutes. The README's and the cards' examples find these.
internal static class ExampleMeetings
{
    public static IReadOnlyList<Meeting> All { get; } =
    [
        new()
        {
            Id = "de0000000000000000000001", Project = "interventures", Partner = "Unioncamere Lombardia", Region = "Lombardy",
            PolicyInstrument = "ROP ERDF Lombardy 2014-2020, axis 3", MeetingType = "rsg", Date = new(2021, 3, 10), Format = "online",
            Language = "it", ParticipantsTotal = 18, ParticipantsByType = new(4, 6, 6, 2, 0),
            Organisations = ["Regione Lombardia", "Unioncamere Lombardia", "Confindustria Lombardia", "Politecnico di Milano"],
            Topics = "Export promotion under action 3b.1", Decisions = "Prepare a fast-track improvement of the export vouchers.",
            ActionItems = [new("a01", "Draft the fast-track proposal", "Unioncamere Lombardia", new(2021, 5, 31), Done: true)],
            GoodPractices = ["Export vouchers (Castilla y León)"], ActionPlanStage = "draft",
            Notes = "Example meeting (Demo:ExampleData).",
        },
        new()
        {
            Id = "de0000000000000000000002", Project = "interventures", Partner = "Unioncamere Lombardia", Region = "Lombardy",
            PolicyInstrument = "ROP ERDF Lombardy 2014-2020, axis 3", MeetingType = "webinar", Date = new(2021, 10, 20), Format = "online",
            Language = "it", ParticipantsTotal = 26, ParticipantsByType = new(3, 5, 16, 2, 0),
            Organisations = ["Unioncamere Lombardia", "Camera di Commercio di Milano"],
            Topics = "Cross-border skills for small exporters", Decisions = "Offer the training again in spring with the chambers.",
            ActionItems = [new("a01", "Share the training materials with the chambers", "Unioncamere Lombardia", new(2021, 11, 30))],
            ActionPlanStage = "validated", PolicyChangeObserved = true, PolicyChange = "Training for exporters added to the call for action 3b.1.",
            Notes = "Example meeting (Demo:ExampleData).",
        },
        new()
        {
            Id = "de0000000000000000000003", Project = "interventures", Partner = "Pannon EGTC", Region = "Baranya",
            PolicyInstrument = "Interreg V-A Hungary-Croatia, priority axis 1", MeetingType = "rsg", Date = new(2021, 6, 15), Format = "hybrid",
            Language = "hu", ParticipantsTotal = 14, ParticipantsByType = new(5, 4, 4, 1, 0),
            Organisations = ["Pannon EGTC", "HAMAG-BICRO", "Pécs-Baranya Chamber of Commerce"],
            Topics = "The Beneficiary Light grant scheme", Decisions = "Collect the grant holders' experience for the action plan.",
            ActionItems = [new("a01", "Survey the grant holders", "Pannon EGTC", new(2021, 9, 30))],
            Notes = "Example meeting (Demo:ExampleData).",
        },
        new()
        {
            Id = "de0000000000000000000004", Project = "intra", Partner = "Maribor Development Agency", Region = "Podravje",
            PolicyInstrument = "Slovenian industrial policy", MeetingType = "rsg", Date = new(2019, 2, 28), Format = "in-person",
            Language = "sl", ParticipantsTotal = 21, ParticipantsByType = new(6, 7, 5, 3, 0),
            Organisations = ["Maribor Development Agency", "SPIRIT Slovenia", "Chamber of Commerce of Štajerska", "University of Maribor"],
            Topics = "The Slovenian action plan", Decisions = "The stakeholder group validated the Slovenian action plan.",
            ActionItems = [new("a01", "Publish the export-readiness guide on the portal", "Maribor Development Agency", new(2019, 6, 30), Done: true)],
            GoodPractices = ["Voucher for foreign market research", "Voucher for legal advice and translation"],
            ActionPlanStage = "validated", PolicyChangeObserved = true, PolicyChange = "An internationalisation voucher scheme was added.",
            Notes = "Example meeting (Demo:ExampleData).",
        },
        new()
        {
            Id = "de0000000000000000000005", Project = "upgradesme", Partner = "Business Development Friesland", Region = "Friesland",
            PolicyInstrument = "ERDF programme North Netherlands", MeetingType = "interregional", Date = new(2020, 11, 5), Format = "online",
            Language = "en", ParticipantsTotal = 12, ParticipantsByType = new(3, 5, 3, 1, 0),
            Organisations = ["Business Development Friesland", "Municipality of Leeuwarden", "World Trade Center Leeuwarden"],
            Topics = "Digital trade missions", Decisions = "Run the next trade missions online and screen the firms beforehand.",
            ActionItems = [new("a01", "Write up the digital trade mission format", "World Trade Center Leeuwarden", new(2020, 12, 18))],
            GoodPractices = ["Digital trade missions (Leeuwarden)"], ActionPlanStage = "implementation",
            Notes = "Example meeting (Demo:ExampleData).",
        },
    ];
}
