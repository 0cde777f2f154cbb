using System.Security.Cryptography;
using System.Text;

namespace StakeholderBot.Dialogs;

// People are stored as HMAC-SHA256(key, AAD object id) on every row about them (survey responses, contacts, feedback,
// state): stable per person for the same key, so repeated responses can be told apart from new respondents and a
// person's data found to show or erase, yet not reversible without the key.
public sealed class Pseudonyms(byte[] key)
{
    public string Of(UserRef user)
    {
        // The AAD object id is the same in every chat; the channel id is the fallback outside Teams (local tools).
        var identity = user.AadObjectId is { Length: > 0 } oid ? "aad:" + oid.ToLowerInvariant() : "id:" + user.Id;
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(identity)));
    }
}
