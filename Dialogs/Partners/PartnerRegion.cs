namespace StakeholderBot.Dialogs.Partners;

// A region where a project partner works, and its country (ISO 3166 alpha-2, lower case, as Countries knows it).
public sealed record PartnerRegion(string Project, string Partner, string Region, string Country);
