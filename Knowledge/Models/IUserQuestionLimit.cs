namespace StakeholderBot.Knowledge.Models;

// OpenAI:UserQuestionsPerHour: how many questions one user may have answered by the model in any hour. Null: go ahead,
// the question is counted; otherwise how long until the user may ask the model again. The host may count in storage
// every instance shares; without it, UserQuestionLimit counts in this process.
public interface IUserQuestionLimit
{
    Task<TimeSpan?> TryTakeAsync(string user, CancellationToken cancellationToken);
}
