using Microsoft.Extensions.Logging;
using StakeholderBot.Knowledge;
using StakeholderBot.Knowledge.Models;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Limits;

namespace StakeholderBot.Dialogs.Ask;

// OpenAI:UserQuestionsPerHour across every instance behind Azure Bot Service, counted in shared storage.
// While storage cannot be reached (or does not answer within a second or two) it fails open to this instance's own
// count, the per-instance limit the bot had before: the limit guards the model's cost, the answer is what the user came
// for, and a per-instance count still bounds the cost while refusing every question would not bound anything the user
// cares about. Nothing the user typed is lost either way; the outage is logged, and storage is left alone for a while.
public sealed class SharedQuestionLimit(QuestionCounts counts, ModelOptions options, TimeProvider time, ILogger<SharedQuestionLimit> logger)
    : IUserQuestionLimit, IDisposable
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);
    private readonly UserQuestionLimit local = new(options.UserQuestionsPerHour);
    private readonly StoragePause storagePause = new(time, TimeSpan.FromSeconds(30));

    public async Task<TimeSpan?> TryTakeAsync(string user, CancellationToken cancellationToken)
    {
        if (storagePause.IsOver)
        {
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(Budget);
            try
            {
                return await counts.TryTakeAsync(user, options.UserQuestionsPerHour, budget.Token);
            }
            catch (Exception e) when (e is StoreException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                storagePause.Start();
                logger.LogWarning("Questions per user not counted in storage ({Reason}); counted in this instance for {Seconds} s",
                    e is StoreException ? e.Message : $"no answer within {Budget.TotalSeconds:0} s", storagePause.Length.TotalSeconds);
            }
        }
        return local.TryTake(user);
    }

    public void Dispose() => local.Dispose();
}
