namespace StakeholderBot.Storage.Feedback;

// One row of AnswerFeedback; Sources is the cited sources as JSON.
public sealed class AnswerFeedbackEntity : TableRow
{
    public string ConversationId { get; set; } = "";
    public string Reaction { get; set; } = "";
    public string? Comment { get; set; }
    public string Question { get; set; } = "";
    public string Answer { get; set; } = "";
    public string Sources { get; set; } = "[]";
    public bool AiGenerated { get; set; }
    public string Language { get; set; } = "";
    public string? ReplyToId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Respondent { get; set; }
}
