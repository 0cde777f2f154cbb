using System.Text.Json;
using Azure;
using Azure.Core;

namespace StakeholderBot.Storage.Tables;

// One table, shaped like Azure.Data.Tables' TableClient. Mutations return the raw response; its
// Headers.ETag is the entity's new ETag. Keys and sizes are checked before anything is sent.
public sealed partial class TableClient
{
    private static readonly RequestMethod Merge = new("MERGE");

    private readonly TableTransport _transport;

    internal TableClient(TableTransport transport, string name)
    {
        _transport = transport;
        Name = name;
    }

    public string Name { get; }

    public async Task<Response<TableItem>> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = _transport.Create(RequestMethod.Post, "/Tables");
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        TableTransport.SetJson(message, BinaryData.FromObjectAsJson(new { TableName = Name }));
        var response = await _transport.SendAsync(message, cancellationToken, 201, 204, 409).ConfigureAwait(false);
        if (response.Status == 409 && ErrorCodeOf(response) != "TableAlreadyExists") throw TableTransport.Failed(response);
        return Response.FromValue(new TableItem(Name), response);
    }

    public async Task<Response> DeleteAsync(CancellationToken cancellationToken = default)
    {
        using var message = _transport.Create(RequestMethod.Delete, TablePath());
        return await _transport.SendAsync(message, cancellationToken, 204, 404).ConfigureAwait(false);
    }

    public async Task<Response> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        TableEntityRules.Validate(entity);
        using var message = _transport.Create(RequestMethod.Post, "/" + Name);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        TableTransport.SetJson(message, TableEntityJson.Write(entity));
        return await _transport.SendAsync(message, cancellationToken, 204).ConfigureAwait(false);
    }

    public Task<Response> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        WriteAsync(entity, mode, ifMatch: null, cancellationToken);

    public Task<Response> UpdateEntityAsync(TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        if (ifMatch == default) throw new ArgumentException("UpdateEntityAsync needs an ETag; pass ETag.All to overwrite whatever is stored.", nameof(ifMatch));
        return WriteAsync(entity, mode, ifMatch, cancellationToken);
    }

    public async Task<Response> DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        using var message = _transport.Create(RequestMethod.Delete, EntityPath(partitionKey, rowKey));
        message.Request.Headers.SetValue("If-Match", ifMatch == default ? "*" : ifMatch.ToString());
        // As in Azure.Data.Tables, deleting what is already gone is not an error.
        return await _transport.SendAsync(message, cancellationToken, 204, 404).ConfigureAwait(false);
    }

    public async Task<NullableResponse<TableEntity>> GetEntityIfExistsAsync(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        using var message = _transport.Create(RequestMethod.Get, EntityPath(partitionKey, rowKey));
        if (SelectList(select) is { } columns) message.Request.Uri.AppendQuery("$select", columns, escapeValue: true);
        var response = await _transport.SendAsync(message, cancellationToken, 200, 404).ConfigureAwait(false);
        if (response.Status == 404) return new EntityResponse(null, response);
        using var json = JsonDocument.Parse(response.Content);
        var entity = TableEntityJson.Read(json.RootElement);
        if (entity.ETag == default && response.Headers.ETag is { } etag) entity.ETag = etag;
        return new EntityResponse(entity, response);
    }

    public async Task<Response<TableEntity>> GetEntityAsync(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var result = await GetEntityIfExistsAsync(partitionKey, rowKey, select, cancellationToken).ConfigureAwait(false);
        if (!result.HasValue) throw TableTransport.Failed(result.GetRawResponse());
        return Response.FromValue(result.Value!, result.GetRawResponse());
    }

    private async Task<Response> WriteAsync(TableEntity entity, TableUpdateMode mode, ETag? ifMatch, CancellationToken cancellationToken)
    {
        TableEntityRules.Validate(entity);
        using var message = _transport.Create(mode == TableUpdateMode.Replace ? RequestMethod.Put : Merge, EntityPath(entity.PartitionKey, entity.RowKey));
        if (ifMatch is { } etag) message.Request.Headers.SetValue("If-Match", etag.ToString());
        TableTransport.SetJson(message, TableEntityJson.Write(entity));
        return await _transport.SendAsync(message, cancellationToken, 204).ConfigureAwait(false);
    }

    private static string? SelectList(IEnumerable<string>? select)
    {
        if (select is null) return null;
        var columns = select.ToList();
        if (columns.Any(c => string.IsNullOrWhiteSpace(c) || c.Contains(',')))
            throw new ArgumentException("Each selected property must be a property name.", nameof(select));
        return columns.Count == 0 ? null : string.Join(',', columns);
    }

    private static string? ErrorCodeOf(Response response) =>
        TableErrorParser.TryRead(response.Content, out var code, out _) ? code : null;
}
