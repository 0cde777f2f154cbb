namespace StakeholderBot.Cards.Meetings;

// Input ids on the meeting form, shared by the card builder and the server-side validation.
public static class MeetingFields
{
    public const string Project = "project";
    public const string Partner = "partner";
    public const string Region = "region";
    public const string Country = "country";
    public const string PolicyInstrument = "policyInstrument";
    public const string MeetingType = "meetingType";
    public const string Date = "date";
    public const string Format = "format";
    public const string Language = "language";
    public const string ParticipantsTotal = "participantsTotal";
    public const string PublicAuthority = "participantsPublicAuthority";
    public const string BusinessSupport = "participantsBusinessSupport";
    public const string Sme = "participantsSme";
    public const string Research = "participantsResearch";
    public const string OtherStakeholder = "participantsOther";
    public const string Organisations = "organisations";
    public const string Topics = "topics";
    public const string Decisions = "decisions";
    public const string GoodPractices = "goodPractices";
    public const string ActionPlanStage = "actionPlanStage";
    public const string PolicyChangeObserved = "policyChangeObserved";
    public const string PolicyChange = "policyChange";
    public const string MinutesUrl = "minutesUrl";
    public const string AttendanceUrl = "attendanceUrl";
    public const string Notes = "notes";
    public const string Shareable = "shareable";

    // Action items are fixed rows: actionWhat1, actionOwner1, actionDue1, ... The id of the stored item a
    // row shows travels in the action data as actionId1 so an edit updates that item instead of adding one.
    public const int MinActionRows = 4;
    public const int MaxActionRows = 10;

    public static string ActionWhat(int row) => "actionWhat" + row;

    public static string ActionOwner(int row) => "actionOwner" + row;

    public static string ActionDue(int row) => "actionDue" + row;

    public static string ActionId(int row) => "actionId" + row;

    public static string ActionDone(int row) => "actionDone" + row;

    // Not inputs: what the form's buttons carry in their data (the rest of the draft is kept on the server).
    public const string FormId = "formId";
    public const string Step = "step";
    public const string Card = "card";
    public const string MeetingPartition = "pk";
    public const string MeetingId = "meetingId";
    public const string ETag = "etag";

    // Not inputs either: how the draft tells the form reader which stored item each action row shows.
    public const string Rows = "rows";

    // Limits checked on the server and announced on the card (maxLength) so nothing is cut silently.
    public const int ShortTextMax = 200;
    public const int LongTextMax = 4000;
    public const int ListLineMax = 150;
    public const int OrganisationsMax = 100;
    public const int GoodPracticesMax = 50;
    public const int UrlMax = 2000;
    public const int ParticipantsMax = 100_000;
}
