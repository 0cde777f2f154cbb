using System.Text;
using StakeholderBot.Dialogs.Exports;
using StakeholderBot.Dialogs.Links;

namespace StakeholderBot.Bot.Hosting;

// GET /exports/{kind}?...&exp=..&sig=..: a CSV behind a short-lived signed link, UTF-8 with BOM for Excel.
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/exports/{kind}", async (string kind, HttpRequest request, SignedLinks links,
            IEnumerable<ICsvExport> exports, CancellationToken cancellationToken) =>
        {
            var query = request.Query.Select(q => KeyValuePair.Create(q.Key, q.Value.ToString()));
            if (links.ValidateExport(kind, query) is not { } arguments) return LinkRefusal.Forbidden();
            var export = exports.FirstOrDefault(e => e.Kind == kind);
            if (export is null) return Results.NotFound();
            var csv = await export.BuildAsync(arguments, cancellationToken);
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.Content)).ToArray();
            return Results.File(bytes, "text/csv; charset=utf-8", csv.FileName);
        });
        return app;
    }
}
