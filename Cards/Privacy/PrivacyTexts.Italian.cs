namespace StakeholderBot.Cards.Privacy;

public sealed partial record PrivacyTexts
{
    private static PrivacyTexts Italian { get; } = new()
    {
        StoredTitle = "Cosa è conservato su di lei",
        NothingStored = "Non è conservato nulla su di lei: nessuna risposta ai questionari, nessun contatto, nessun avanzamento salvato né reazione.",
        AlwaysKept = "Per risponderle conservo l'identificativo della nostra chat. I miei registri non nominano nessuno e non contengono risposte né indirizzi e-mail.",
        CodeLine = "Le sue risposte sono conservate con questo codice al posto del suo nome: {0}",
        ResponsesTitle = "Risposte ai questionari",
        ResponseLine = "{0}, inviato il {1}",
        ContactTitle = "Contatti",
        ContactLine = "Forniti con il questionario «{0}» il {1}, conservati separatamente dalle risposte e usati solo per contattarla in merito al sostegno.",
        ProgressTitle = "Avanzamento salvato",
        ProgressLine = "Elementi salvati: {0} (il punto in cui è arrivato in un questionario, o il risultato dopo l'invio, e le ultime domande che mi ha fatto, per capire quelle successive).",
        FeedbackTitle = "Le sue reazioni alle mie risposte",
        Liked = "le è piaciuta",
        Disliked = "non le è piaciuta",
        DeleteButton = "Cancella i miei dati",
        ConfirmTitle = "Cancellare i suoi dati?",
        ConfirmText = "Quanto segue verrà cancellato ovunque lo conservo. L'operazione non può essere annullata.",
        ConfirmButton = "Cancella tutto",
        KeepButton = "Annulla",
        ResponsesCount = "Risposte ai questionari: {0}",
        ContactsCount = "Contatti: {0}",
        ProgressCount = "Avanzamento salvato: {0}",
        FeedbackCount = "Reazioni alle risposte: {0}",
        ErasedTitle = "I suoi dati sono stati cancellati",
        ErasedText = "Cancellati ovunque li conservavo:",
        NothingToErase = "Non è conservato nulla su di lei, quindi non c'era nulla da cancellare.",
        KeptText = "Non è stato cancellato nulla.",
        OnlyPersonal = "Mostro e cancello i suoi dati solo nella nostra chat personale: apra una chat con me e scriva lì **my data** o **delete my data**.",
        StorageUnavailable = "Al momento non riesco a raggiungere l'archivio, quindi non ho mostrato né cancellato nulla. Riprovi tra qualche minuto.",
        ReminderTitle = "Impostazioni dei promemoria",
        ReminderLine = "Fuso orario {0}, lingua {1} e la nostra chat, perché i promemoria delle azioni le arrivino al mattino.",
        ReminderNameLine = "Il suo nome, come inviato da Teams: {0}",
        RemindersOffLine = "Ha disattivato i promemoria.",
        ReminderCount = "Impostazioni dei promemoria: {0}",
    };
}
