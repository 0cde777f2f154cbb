namespace StakeholderBot.Storage.Documents;

// A document of the shared library as the container lists it. AddedBy and AddedAt are set when the bot added it;
// a file put into the container another way has neither.
public sealed record LibraryBlob(string Name, string ETag, long Size, DateTimeOffset Modified, string? AddedBy, DateTimeOffset? AddedAt);

// A file waiting for a project manager's confirmation (it would replace a document of the same name).
public sealed record StagedFile(string Id, string Name, byte[] Content, string? AddedBy, DateTimeOffset? AddedAt);
