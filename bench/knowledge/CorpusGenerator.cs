using System.Text;

namespace StakeholderBot.Bench.Knowledge;

// Synthetic project reports (~5 KB each) with facts a question can ask for: dates, budgets, lead agencies,
// counts, places, written around common report vocabulary so term frequencies look like real documents.
public sealed record GeneratedProject(string Name, string File, DateOnly Start, DateOnly End, decimal BudgetMillions, string Lead, int Smes, string City);

public static class CorpusGenerator
{
    private static readonly string[] First = ["Nord", "Balt", "Danu", "Alpi", "Medi", "Carpa", "Rhen", "Iber", "Luso", "Panno", "Adri", "Silva", "Vistu", "Tago", "Ebro", "Odra", "Sava", "Drava", "Tisa", "Prut"];
    private static readonly string[] Second = ["EXPORT", "TRADE", "BRIDGE", "LINK", "GROW", "NET", "VENTURE", "PORT", "SCALE", "REACH", "SPARK", "PATH"];
    public static readonly string[] Cities = ["Maribor", "Klaipėda", "Rzeszów", "Burgos", "Leeuwarden", "Pécs", "Craiova", "Braga", "Bergamo", "Kaunas", "Győr", "Ploiești", "Guimarães", "Celje", "Lublin", "Valladolid", "Groningen", "Szeged", "Brescia", "Ptuj"];
    private static readonly string[] Kinds = ["Regional Development Agency", "Chamber of Commerce", "Enterprise Agency", "Innovation Centre", "Business Network Association", "Municipality"];
    private static readonly string[] Sectors = ["food processing", "wood and furniture", "creative industries", "blue economy", "metal working", "software", "tourism services", "agri-tech", "textiles", "medical devices"];
    private static readonly string[] Filler = (
        "the project partners regional stakeholders policy instrument action plan good practice small firms export markets support scheme " +
        "managing authority operational programme priority axis internationalisation competitiveness training workshop study visit " +
        "webinar survey analysis results impact measure improvement funding call applications cooperation cross border cluster network " +
        "innovation digital skills advisory services trade mission fair delegation voucher grant loan guarantee monitoring evaluation " +
        "phase semester report meeting group members organisations agencies chambers universities incubators entrepreneurs companies " +
        "customers suppliers products services quality certification standards market research matchmaking partners abroad barriers " +
        "administrative burden language finance information culture knowledge exchange learning experience lessons recommendations " +
        "implementation timeline budget indicators targets outputs outcomes capacity building awareness communication dissemination")
        .Split(' ');
    private static readonly string[] Verbs = ["supports", "improves", "extends", "reviews", "connects", "funds", "trains", "monitors", "promotes", "prepares"];

    public static List<GeneratedProject> Generate(string folder, int count, int seed = 42)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var projects = new List<GeneratedProject>(count);
        for (var i = 0; i < count; i++)
        {
            var name = First[random.Next(First.Length)] + Second[random.Next(Second.Length)] + "-" + (1000 + i);
            var start = new DateOnly(2015 + random.Next(8), 1 + random.Next(12), 1);
            var end = start.AddMonths(24 + random.Next(36)).AddDays(-1);
            var city = Cities[random.Next(Cities.Length)];
            var project = new GeneratedProject(name, $"{(i / 1000):D2}/{name.ToLowerInvariant()}{(i % 3 == 0 ? ".md" : ".txt")}",
                start, end, Math.Round((decimal)(random.NextDouble() * 40 + 0.5), 2), $"{city} {Kinds[random.Next(Kinds.Length)]}",
                20 + random.Next(480), city);
            var path = Path.Combine(folder, project.File);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Write(project, random, project.File.EndsWith(".md")));
            projects.Add(project);
        }
        return projects;
    }

    private static string Write(GeneratedProject p, Random random, bool markdown)
    {
        var text = new StringBuilder(6000);
        void Heading(string h) => text.Append(markdown ? "## " + h : h).Append("\n\n");
        void Paragraph(params string[] sentences) => text.Append(string.Join(" ", sentences)).Append("\n\n");
        var sector = Sectors[random.Next(Sectors.Length)];

        text.Append(markdown ? "# " : "").Append($"{p.Name}: helping {sector} firms in {p.City} export\n\n");
        Heading("Summary");
        Paragraph($"{p.Name} is an Interreg project that helps small firms in the {sector} sector around {p.City} to sell abroad.", Filler3(random), Filler3(random));
        Paragraph($"The project started on {p.Start:d MMMM yyyy} and ends on {p.End:d MMMM yyyy}.", Filler3(random), Filler3(random), Filler3(random));
        Heading("Partners");
        Paragraph($"The lead partner is the {p.Lead}.", Filler3(random), Filler3(random), Filler3(random), Filler3(random));
        Heading("Budget");
        Paragraph($"The total budget of {p.Name} is {p.BudgetMillions:0.##} M€.", Filler3(random), Filler3(random), Filler3(random));
        Heading("Activities");
        for (var k = 0; k < 3; k++) Paragraph(Filler3(random), Filler3(random), Filler3(random), Filler3(random));
        Heading("Results");
        Paragraph($"By the end of the project {p.Smes} SMEs had received support.", Filler3(random), Filler3(random), Filler3(random), Filler3(random));
        for (var k = 0; k < 1; k++) Paragraph(Filler3(random), Filler3(random), Filler3(random), Filler3(random));
        return text.ToString();
    }

    // A sentence of report vocabulary, skewed towards frequent words like real text.
    private static string Filler3(Random random)
    {
        var words = new List<string>();
        var length = 10 + random.Next(14);
        for (var w = 0; w < length; w++)
        {
            var index = (int)(Filler.Length * Math.Pow(random.NextDouble(), 2.2));
            words.Add(w == 4 ? Verbs[random.Next(Verbs.Length)] : Filler[index]);
        }
        var sentence = string.Join(" ", words);
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }

    public static List<string> Questions(IReadOnlyList<GeneratedProject> projects, int count, int seed = 7)
    {
        var random = new Random(seed);
        var questions = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var p = projects[random.Next(projects.Count)];
            questions.Add((i % 6) switch
            {
                0 => $"When did {p.Name} start?",
                1 => $"What is the total budget of {p.Name}?",
                2 => $"Who is the lead partner of {p.Name}?",
                3 => $"How many SMEs did {p.Name} support?",
                4 => $"When does {p.Name} end?",
                _ => $"What will the weather be in {p.City} tomorrow?",
            });
        }
        return questions;
    }
}
