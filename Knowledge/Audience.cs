namespace StakeholderBot.Knowledge;

// Who may read a document, and who is asking: a question is answered, and a document opened, only from documents
// whose audience includes the reader. Corpus files are for everyone; stored documents say whom they are for.
// Stakeholders here means everyone who is not a project manager (stakeholders, SMEs).
[Flags]
public enum Audience
{
    ProjectManagers = 1,
    Stakeholders = 2,
    Everyone = ProjectManagers | Stakeholders,
}
