namespace StakeholderBot.Knowledge.Embeddings;

// Questions asked at the same time are embedded in one model run: short texts of similar length batch well (about
// twice the questions per second here at 8 or more), while a question alone runs at once. No thread of its own: the
// first caller to find no run going leads, embeds whatever is waiting in batches until its own question is done,
// then hands the lead to the oldest waiting caller, so no caller serves others for long.
public sealed class QuestionBatcher(Func<string[], float[][]> embed, int maxBatch = 16)
{
    private readonly Lock gate = new();
    private readonly List<Waiting> queue = [];
    private bool leading;

    public float[] Embed(string text)
    {
        using var mine = new Waiting(text);
        lock (gate)
        {
            queue.Add(mine);
            if (!leading) leading = mine.Leads = true;
        }
        while (true)
        {
            if (!mine.Leads)
            {
                mine.Signal.Wait();
                mine.Signal.Reset();
                if (mine.Finished) return mine.Result();
            }
            Run(Take());
            lock (gate)
            {
                if (!mine.Finished) continue;
                if (queue.Count > 0) { queue[0].Leads = true; queue[0].Signal.Set(); }
                else leading = false;
            }
            return mine.Result();
        }
    }

    private List<Waiting> Take()
    {
        lock (gate)
        {
            var batch = queue.GetRange(0, Math.Min(maxBatch, queue.Count));
            queue.RemoveRange(0, batch.Count);
            return batch;
        }
    }

    private void Run(List<Waiting> batch)
    {
        try
        {
            var vectors = embed(batch.Select(w => w.Text).ToArray());
            for (var i = 0; i < batch.Count; i++) batch[i].Vector = vectors[i];
        }
        catch (Exception error)
        {
            foreach (var waiting in batch) waiting.Error = error;
        }
        foreach (var waiting in batch)
        {
            waiting.Finished = true;
            waiting.Signal.Set();
        }
    }

    private sealed class Waiting(string text) : IDisposable
    {
        public string Text { get; } = text;
        public ManualResetEventSlim Signal { get; } = new();
        public volatile bool Leads;
        public volatile bool Finished;
        public float[]? Vector;
        public Exception? Error;

        public float[] Result() => Error is null ? Vector! : throw new InvalidOperationException("Embedding the question failed.", Error);

        public void Dispose() => Signal.Dispose();
    }
}
