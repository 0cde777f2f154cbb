namespace StakeholderBot.Bot.Hosting;

// The one answer to a link that is forged, altered, unsigned or expired: the same words whatever failed, so a refusal
// tells nothing about what the link points at.
public static class LinkRefusal
{
    public static IResult Forbidden() =>
        Results.Problem("This link is invalid or has expired. Ask the bot again for a new one.", statusCode: StatusCodes.Status403Forbidden);
}
