using System.Text.Json;
using Azure;
using Azure.Core;

namespace StakeholderBot.Storage.Tables;

// Queries stream page by page, following x-ms-continuation-NextPartitionKey/NextRowKey until the service stops.
public sealed partial class TableClient
{
    private const string NextPartitionHeader = "x-ms-continuation-NextPartitionKey";
    private const string NextRowHeader = "x-ms-continuation-NextRowKey";

    // filter: build it with CreateQueryFilter; null returns the whole table.
    public AsyncPageable<TableEntity> QueryAsync(
        string? filter = null, IEnumerable<string>? select = null, int? maxPerPage = null, CancellationToken cancellationToken = default)
    {
        if (maxPerPage is < 1 or > 1000) throw new ArgumentOutOfRangeException(nameof(maxPerPage), "maxPerPage must be between 1 and 1000.");
        return new EntityPages(this, filter, SelectList(select), maxPerPage, cancellationToken);
    }

    private async Task<Page<TableEntity>> QueryPageAsync(
        string? filter, string? select, int? top, string? continuation, CancellationToken cancellationToken)
    {
        using var message = _transport.Create(RequestMethod.Get, $"/{Name}()");
        var uri = message.Request.Uri;
        if (!string.IsNullOrEmpty(filter)) uri.AppendQuery("$filter", filter, escapeValue: true);
        if (select is not null) uri.AppendQuery("$select", select, escapeValue: true);
        if (top is not null) uri.AppendQuery("$top", top.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), escapeValue: false);
        if (continuation is not null)
        {
            var parts = continuation.Split(' ');
            uri.AppendQuery("NextPartitionKey", parts[0], escapeValue: true);
            if (parts.Length > 1) uri.AppendQuery("NextRowKey", parts[1], escapeValue: true);
        }

        var response = await _transport.SendAsync(message, cancellationToken, 200).ConfigureAwait(false);
        using var json = JsonDocument.Parse(response.Content);
        var entities = json.RootElement.GetProperty("value").EnumerateArray().Select(TableEntityJson.Read).ToList();
        return Page<TableEntity>.FromValues(entities, NextToken(response), response);
    }

    private static string? NextToken(Response response)
    {
        if (!response.Headers.TryGetValue(NextPartitionHeader, out var partition) || string.IsNullOrEmpty(partition)) return null;
        return response.Headers.TryGetValue(NextRowHeader, out var row) && !string.IsNullOrEmpty(row) ? partition + " " + row : partition;
    }

    private sealed class EntityPages(TableClient table, string? filter, string? select, int? maxPerPage, CancellationToken cancellationToken)
        : AsyncPageable<TableEntity>(cancellationToken)
    {
        public override async IAsyncEnumerable<Page<TableEntity>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        {
            do
            {
                var page = await table.QueryPageAsync(filter, select, pageSizeHint ?? maxPerPage, continuationToken, CancellationToken).ConfigureAwait(false);
                continuationToken = page.ContinuationToken;
                yield return page;
            }
            while (continuationToken is not null);
        }
    }
}
