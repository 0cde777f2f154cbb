using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using StakeholderBot.Storage.Tables;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Resilience.Tests.Storage;

// Everything in an Azurite account, table by table, so a test can check that whatever was written still reads
// back as what its store expects.
public static class StoredData
{
    public static async Task<Dictionary<string, List<TableEntity>>> ReadAllAsync(AzuriteFixture azurite)
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        var tables = new Dictionary<string, List<TableEntity>>(StringComparer.Ordinal);
        foreach (var name in await TableNamesAsync(azurite.TableEndpoint))
        {
            var entities = new List<TableEntity>();
            await foreach (var entity in service.GetTableClient(name).QueryAsync()) entities.Add(entity);
            tables[name] = entities;
        }
        return tables;
    }

    // Every entity as "table/partition/row/etag", sorted: equal snapshots mean nothing was written in between.
    public static async Task<List<string>> SnapshotAsync(AzuriteFixture azurite) =>
        (await ReadAllAsync(azurite)).SelectMany(t => t.Value.Select(e => $"{t.Key}/{e.PartitionKey}/{e.RowKey}/{e.ETag}"))
            .Order(StringComparer.Ordinal).ToList();

    // The client has no "list tables" (no store needs one), so this one request is signed here (SharedKeyLite).
    public static async Task<List<string>> TableNamesAsync(string tableEndpoint)
    {
        using var http = new HttpClient();
        var names = new List<string>();
        string? next = null;
        do
        {
            var uri = new Uri(tableEndpoint.TrimEnd('/') + "/Tables" + (next is null ? "" : "?NextTableName=" + Uri.EscapeDataString(next)));
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            var date = DateTimeOffset.UtcNow.ToString("R");
            var signed = HMACSHA256.HashData(Convert.FromBase64String(AzuriteFixture.AccountKey),
                Encoding.UTF8.GetBytes(date + "\n/" + AzuriteFixture.AccountName + uri.AbsolutePath));
            request.Headers.Add("x-ms-date", date);
            request.Headers.Add("x-ms-version", "2019-02-02");
            request.Headers.Add("Accept", "application/json;odata=nometadata");
            request.Headers.TryAddWithoutValidation("Authorization", $"SharedKeyLite {AzuriteFixture.AccountName}:{Convert.ToBase64String(signed)}");
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonObject>();
            names.AddRange(body!["value"]!.AsArray().Select(t => t!["TableName"]!.ToString()));
            next = response.Headers.TryGetValues("x-ms-continuation-NextTableName", out var values) ? values.FirstOrDefault() : null;
        }
        while (!string.IsNullOrEmpty(next));
        return names;
    }
}
