using System.Net;

namespace StakeholderBot.Resilience.Tests;

// The host reports healthy once start-up work (the knowledge index) is done; tests that check health
// afterwards wait for that first, so "still 200 after" means something.
public static class Health
{
    public static async Task WaitUntilHealthyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            using var response = await client.GetAsync("/health");
            if (response.StatusCode == HttpStatusCode.OK) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"/health still answers {(int)response.StatusCode} after 3 minutes.");
            await Task.Delay(100);
        }
    }
}
