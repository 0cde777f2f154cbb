namespace StakeholderBot.Cards.Help;

public sealed partial record HelpTexts
{
    public static readonly HelpTexts Portuguese = new()
    {
        Welcome = "Bem-vindo ao StakeholderBot",
        Intro = "Respondo a perguntas sobre os projetos Interreg UpGradeSME, INTER VENTURES e INTRA a partir dos seus documentos, na sua língua e sempre com a fonte.",
        AskExample = "Pergunte-me o que quiser sobre os projetos, por exemplo:",
        ExampleQuestion = "Quando começou o UpGradeSME?",
        StartSurvey = "Preencher o inquérito de preparação para a exportação das PME",
        ManagersTitle = "Para gestores de projeto",
        LogMeeting = "Registar uma reunião",
        Meetings = "Resumo das reuniões",
        SurveyResults = "Resultados do inquérito",
        HelpHint = "Escreva **help** a qualquer momento para ver o que posso fazer.",
        HelpTitle = "O que posso fazer",
        AskTitle = "Perguntas sobre os projetos",
        AskHelp = "Pergunte com as suas palavras e na sua língua. Respondo a partir dos documentos dos projetos e mostro a fonte; se não o dizem, digo-lhe. Num canal ou chat de grupo, mencione-me com @.",
        DocumentsHelp = "**documents**: Os documentos de onde respondo; os gestores de projeto enviam-me ficheiros.",
        MyDataHelp = "**my data**: Veja o que está guardado sobre si, ou apague-o ('delete my data').",
        SurveyTitle = "Inquérito de preparação para a exportação para PME",
        SurveyHelp = "Escreva **survey** para começar. Pode parar a qualquer momento e escrever **survey** de novo para continuar onde parou.",
        LogMeetingHelp = "**log meeting**: registe uma reunião do grupo regional de partes interessadas em quatro passos curtos.",
        MeetingsHelp = "**meetings** [projeto] [parceiro, região ou país] [período]: números, gráficos, ações em aberto e um CSV, por exemplo *{0}*.",
        SurveyResultsHelp = "**survey results** [projeto] [parceiro, região ou país] [período]: respostas, preparação e barreiras com gráficos e um CSV.",
        SurveyInviteHelp = "**survey invite** [aaaa-mm-dd]: publique o inquérito num chat de grupo ou canal para os seus membros, opcionalmente com prazo; no chat pessoal, veja quem o abriu, começou e terminou.",
        RemindersHelp = "**reminders off** / **reminders on**: Ativar ou desativar os lembretes matinais das ações a vencer.",
        Sent = "Enviado por si: {0}",
    };
}
