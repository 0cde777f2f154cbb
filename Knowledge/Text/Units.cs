namespace StakeholderBot.Knowledge.Text;

// Multipliers and currencies in the partner languages, so "7,6 M €", "7.6 M€" and "7,6 million euro" read alike.
public static class Units
{
    private static readonly Dictionary<string, string> AfterNumber = Build(
        ("million", "m mn mio mln million millions millio millioner miljoen miljoenen millionen millione milioni milione millones millon milhoes milhao milioane milion milionow miliony milijonu milijonai milijonov milijona milijon"),
        ("billion", "bn bln mrd billion billions miljard miljarden milliarde milliarden miliardi miliardo miliarde miliard miliardow milijardu milijardai milijard milliard"),
        ("thousand", "k thousand thousands duizend tausend mila miles mil ezer tys tukst tisoc"));

    private static readonly Dictionary<string, string> Anywhere = Build(
        ("eur", "eur euro euros evro evrov eura euri eurot"),
        ("usd", "usd dollar dollars"),
        ("pct", "percent per-cent pct procent procenten prozent porcentaje percento percentuale procentas procentu odstotkov odstotek odstotka szazalek"));

    public static string? Canonical(string folded, bool afterNumber) =>
        Anywhere.TryGetValue(folded, out var unit) ? unit
        : afterNumber && AfterNumber.TryGetValue(folded, out unit) ? unit
        : null;

    public static string? Symbol(char c) => c switch
    {
        '€' => "eur",
        '$' => "usd",
        '£' => "gbp",
        '%' => "pct",
        _ => null,
    };

    private static Dictionary<string, string> Build(params (string Unit, string Words)[] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (unit, words) in groups)
            foreach (var word in words.Split(' ')) map[word] = unit;
        return map;
    }
}
