namespace StakeholderBot.Cards.Help;

public sealed partial record HelpTexts
{
    public static readonly HelpTexts Spanish = new()
    {
        Welcome = "Bienvenido a StakeholderBot",
        Intro = "Respondo preguntas sobre los proyectos Interreg UpGradeSME, INTER VENTURES e INTRA a partir de sus documentos, en su idioma y siempre con la fuente.",
        AskExample = "Pregúnteme lo que quiera sobre los proyectos, por ejemplo:",
        ExampleQuestion = "¿Cuándo empezó UpGradeSME?",
        StartSurvey = "Rellenar la encuesta de preparación para exportar de las pymes",
        ManagersTitle = "Para gestores de proyecto",
        LogMeeting = "Registrar una reunión",
        Meetings = "Resumen de reuniones",
        SurveyResults = "Resultados de la encuesta",
        HelpHint = "Escriba **help** en cualquier momento para ver lo que puedo hacer.",
        HelpTitle = "Lo que puedo hacer",
        AskTitle = "Preguntas sobre los proyectos",
        AskHelp = "Pregunte con sus palabras y en su idioma. Respondo a partir de los documentos de los proyectos y muestro la fuente; si no lo dicen, se lo digo. En un canal o chat de grupo, mencióneme con @.",
        DocumentsHelp = "**documents**: Los documentos de los que respondo; los gestores de proyecto me envían archivos.",
        MyDataHelp = "**my data**: Ver lo que se guarda sobre usted, o borrarlo ('delete my data').",
        SurveyTitle = "Encuesta de preparación para exportar para pymes",
        SurveyHelp = "Escriba **survey** para empezar. Puede parar en cualquier momento y escribir **survey** de nuevo para seguir donde lo dejó.",
        LogMeetingHelp = "**log meeting**: registre una reunión del grupo regional de partes interesadas en cuatro pasos breves.",
        MeetingsHelp = "**meetings** [proyecto] [socio, región o país] [periodo]: cifras, gráficos, acciones abiertas y un CSV, por ejemplo *{0}*.",
        SurveyResultsHelp = "**survey results** [proyecto] [socio, región o país] [periodo]: respuestas, preparación y barreras con gráficos y un CSV.",
        SurveyInviteHelp = "**survey invite** [aaaa-mm-dd]: publique la encuesta en un chat de grupo o canal para sus miembros, opcionalmente con fecha límite; en el chat personal, vea quién la abrió, empezó y terminó.",
        RemindersHelp = "**reminders off** / **reminders on**: Activar o desactivar los recordatorios matutinos de acciones pendientes.",
        Sent = "Enviado por usted: {0}",
    };
}
