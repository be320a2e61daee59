// Texts of the convocations sent by e-mail (issue 15), French first.
export const convocationMailFr = {
  title: 'Convocations par courriel',
  intro:
    'Chaque candidat placé sur un créneau reçoit sa convocation (PDF) et l’événement à ajouter à son agenda. Un créneau déjà envoyé ne l’est pas deux fois ; après un changement de date, d’horaire ou de lieu, envoyez de nouveau.',
  send: 'Envoyer les convocations',
  result:
    '{{sent}} convocation(s) envoyée(s), {{already}} déjà envoyée(s), {{unreachable}} sans adresse ou sans créneau.',
  candidate: 'Candidat',
  state: 'Courriel',
};

export const convocationMailEn: typeof convocationMailFr = {
  title: 'Convocations by e-mail',
  intro:
    'Each candidate placed on a slot receives their convocation (PDF) and the event to add to their calendar. A slot already sent is not sent twice; after a change of day, time or place, send again.',
  send: 'Send the convocations',
  result:
    '{{sent}} convocation(s) sent, {{already}} already sent, {{unreachable}} without an address or a slot.',
  candidate: 'Candidate',
  state: 'E-mail',
};
