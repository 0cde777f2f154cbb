namespace StakeholderBot.Cards.Meetings;

// One step of the form: the values typed (or stored), errors per field id of this step, and what its
// buttons carry back (the form, its step and the card number). Rows lists the action-item rows: the stored
// item each row edits (null for a new row). Countries are the choices of the country field, named in English.
public sealed record MeetingFormModel(
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, string> Errors,
    string FormId,
    IReadOnlyList<ActionRow> Rows,
    IReadOnlyList<Choice> Countries,
    MeetingEditTarget? Edit = null,
    string? Banner = null,
    bool OfferReload = false,
    int Step = 1,
    int Card = 0,
    string? Notice = null,
    bool OfferStartOver = false);

public sealed record ActionRow(string? ItemId, bool Done);

// Editing a stored meeting: it stays in its project and partner (its partition), and saves against its ETag.
public sealed record MeetingEditTarget(string PartitionKey, string MeetingId, string ETag);
