using Azure;

namespace StakeholderBot.Storage.Tables;

public enum TableTransactionActionType
{
    Add,
    UpdateMerge,
    UpdateReplace,
    Delete,
    UpsertMerge,
    UpsertReplace,
}

// One operation of an entity group transaction. ETag applies to Update*/Delete; default means "any version".
public sealed record TableTransactionAction(TableTransactionActionType ActionType, TableEntity Entity, ETag ETag = default);

// A transaction was rejected as a whole; the action at FailedTransactionActionIndex is the one the service refused.
public sealed class TableTransactionFailedException(int status, string message, string? errorCode, int? failedIndex, TableTransactionAction? failedAction)
    : RequestFailedException(status, message, errorCode, null)
{
    public int? FailedTransactionActionIndex { get; } = failedIndex;

    public TableTransactionAction? FailedAction { get; } = failedAction;
}
