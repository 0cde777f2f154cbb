namespace StakeholderBot.Storage;

// What a flow needs to tell the user: someone else changed the data (reload and retry), or storage is
// unreachable right now (keep the input, say "saving failed", let them try again).
public abstract class StoreException(string message, Exception? innerException) : Exception(message, innerException);

public sealed class ConcurrencyConflictException(string message, Exception? innerException = null)
    : StoreException(message, innerException);

public sealed class StoreUnavailableException(string message, Exception? innerException = null)
    : StoreException(message, innerException);
