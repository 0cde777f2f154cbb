using Azure;

namespace StakeholderBot.Storage.Tables;

public enum TableUpdateMode
{
    Merge,
    Replace,
}

public sealed record TableItem(string Name);

// GetEntityIfExistsAsync's result: HasValue is false when the entity does not exist.
internal sealed class EntityResponse(TableEntity? value, Response response) : NullableResponse<TableEntity>
{
    public override bool HasValue => value is not null;

    public override TableEntity Value => value ?? throw new InvalidOperationException("The entity does not exist; check HasValue first.");

    public override Response GetRawResponse() => response;
}
