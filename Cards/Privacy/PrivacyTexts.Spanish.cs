namespace StakeholderBot.Cards.Privacy;

public sealed partial record PrivacyTexts
{
    private static PrivacyTexts Spanish { get; } = new()
    {
        StoredTitle = "Qué se guarda sobre usted",
        NothingStored = "No se guarda nada sobre usted: ni respuestas a encuestas, ni datos de contacto, ni progreso guardado, ni valoraciones.",
        AlwaysKept = "Para poder responderle guardo el identificador de nuestra conversación. Mis registros no nombran a nadie ni contienen respuestas o correos electrónicos.",
        CodeLine = "Sus respuestas se guardan con este código en lugar de su nombre: {0}",
        ResponsesTitle = "Respuestas a encuestas",
        ResponseLine = "{0}, enviada el {1}",
        ContactTitle = "Datos de contacto",
        ContactLine = "Facilitados con la encuesta «{0}» el {1}, guardados aparte de sus respuestas y usados solo para contactarle sobre el apoyo.",
        ProgressTitle = "Progreso guardado",
        ProgressLine = "Elementos guardados: {0} (dónde va en una encuesta, o su resultado una vez enviada, y las últimas preguntas que me hizo, para entender las siguientes).",
        FeedbackTitle = "Sus valoraciones de mis respuestas",
        Liked = "le gustó",
        Disliked = "no le gustó",
        DeleteButton = "Borrar mis datos",
        ConfirmTitle = "¿Borrar sus datos?",
        ConfirmText = "Se borrará lo siguiente en todos los lugares donde lo guardo. No se puede deshacer.",
        ConfirmButton = "Borrar todo",
        KeepButton = "Cancelar",
        ResponsesCount = "Respuestas a encuestas: {0}",
        ContactsCount = "Datos de contacto: {0}",
        ProgressCount = "Progreso guardado: {0}",
        FeedbackCount = "Valoraciones de respuestas: {0}",
        ErasedTitle = "Sus datos se han borrado",
        ErasedText = "Borrado en todos los lugares donde lo guardaba:",
        NothingToErase = "No se guarda nada sobre usted, así que no había nada que borrar.",
        KeptText = "No se ha borrado nada.",
        OnlyPersonal = "Solo muestro y borro sus datos en nuestra conversación personal: abra un chat conmigo y escriba allí **my data** o **delete my data**.",
        StorageUnavailable = "Ahora no puedo acceder al almacenamiento, así que no he mostrado ni borrado nada. Vuelva a intentarlo en unos minutos.",
        ReminderTitle = "Ajustes de recordatorios",
        ReminderLine = "Zona horaria {0}, idioma {1} y nuestro chat, para que los recordatorios de tareas le lleguen por la mañana.",
        ReminderNameLine = "Su nombre, tal como lo envió Teams: {0}",
        RemindersOffLine = "Ha desactivado los recordatorios.",
        ReminderCount = "Ajustes de recordatorios: {0}",
    };
}
