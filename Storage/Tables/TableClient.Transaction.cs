using Azure;
using Azure.Core;

namespace StakeholderBot.Storage.Tables;

// Entity group transactions ($batch, one change set): all applied or none.
public sealed partial class TableClient
{
    public const int MaxTransactionActions = 100;
    private const int MaxBatchBytes = 4 * 1024 * 1024;

    public async Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(
        IEnumerable<TableTransactionAction> transactionActions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transactionActions);
        var actions = transactionActions.ToList();
        CheckTransaction(actions);

        var batch = BatchBody.Write(this, _transport.BaseUrl, actions);
        if (batch.Body.ToMemory().Length > MaxBatchBytes)
            throw new ArgumentException("The transaction is larger than the 4 MiB the Table service accepts; split it.", nameof(transactionActions));

        using var message = _transport.Create(RequestMethod.Post, "/$batch");
        message.Request.Headers.SetValue("Content-Type", batch.ContentType);
        message.Request.Content = RequestContent.Create(batch.Body);
        var response = await _transport.SendAsync(message, cancellationToken, 202).ConfigureAwait(false);

        var items = BatchBody.ReadResponses(response);
        if (items.FirstOrDefault(i => i.Status >= 400) is { } failure) throw BatchBody.Failure(failure, actions);
        if (items.Count != actions.Count)
            throw new RequestFailedException(response.Status, $"The batch answered {items.Count} operations for {actions.Count} sent.", "UnexpectedBatchResponse", null);
        return Response.FromValue<IReadOnlyList<Response>>(items, response);
    }

    private static void CheckTransaction(List<TableTransactionAction> actions)
    {
        if (actions.Count is 0 or > MaxTransactionActions)
            throw new ArgumentException($"A transaction holds 1 to {MaxTransactionActions} actions; got {actions.Count}.", nameof(actions));
        foreach (var action in actions)
        {
            ArgumentNullException.ThrowIfNull(action?.Entity, "action.Entity");
            if (action.ActionType == TableTransactionActionType.Delete)
            {
                TableKey.Validate(action.Entity.GetString(TableEntity.PartitionKeyName), TableEntity.PartitionKeyName);
                TableKey.Validate(action.Entity.GetString(TableEntity.RowKeyName), TableEntity.RowKeyName);
            }
            else TableEntityRules.Validate(action.Entity);
        }
        if (actions.Select(a => a.Entity.PartitionKey).Distinct(StringComparer.Ordinal).Skip(1).Any())
            throw new ArgumentException("All actions of a transaction must share one PartitionKey.", nameof(actions));
        if (actions.Select(a => a.Entity.RowKey).Distinct(StringComparer.Ordinal).Count() != actions.Count)
            throw new ArgumentException("A transaction may touch each entity only once.", nameof(actions));
    }
}
