// Messages de la vie d’un plan en français : nouveau plan de travail, titre, modification d’un
// plan approuvé (révisions et changements), cycle suivant et archivage. Typé comme le catalogue
// anglais : chaque clé doit être là.

import type { LifecycleMessages } from './messages-lifecycle-en';

export const lifecycleFr: LifecycleMessages = {
  planCreate: {
    open: 'Nouveau plan de travail',
    title: 'Nouveau plan de travail',
    office: 'Bureau',
    officeHint: 'Les bureaux dont vous pouvez commencer le plan',
    cycle: 'Cycle',
    cycleHint: 'Les années que couvre le plan',
    planTitle: 'Titre',
    titleHint: 'Laissez vide pour le titre habituel : le bureau, « SCR 1325 work plan » et le cycle',
    exists: (office: string, cycle: string) => `${office} a déjà un plan de travail pour ${cycle}.`,
    openExisting: (title: string) => `Ouvrir « ${title} »`,
    create: 'Créer le plan',
  },
  planTitle: {
    label: 'Titre du plan',
    edit: 'Modifier le titre du plan',
    saved: 'Le titre a été enregistré.',
    conflict: {
      title: 'Quelqu’un d’autre a modifié ce plan pendant que vous en modifiiez le titre',
      explanation:
        'Comparez votre titre avec le plan tel qu’il est enregistré. Gardez le vôtre pour l’enregistrer par-dessus leurs changements, ou reprenez la version enregistrée.',
      field: 'Champ',
      yours: 'Votre modification',
      saved: 'Enregistré',
      keepMine: 'Garder mon titre',
      takeTheirs: 'Reprendre la version enregistrée',
    },
  },
  planAmend: {
    open: 'Modifier (amendement)',
    title: 'Amender le plan approuvé',
    explanation: (revision: number) =>
      `Le plan repasse en brouillon comme révision ${revision + 1} : ses objectifs, activités et cibles peuvent être modifiés puis soumis de nouveau. La révision ${revision}, telle qu’approuvée, reste en vigueur — dans les exports et le tableau de bord — jusqu’à l’approbation de l’amendement. Les points d’étape continuent sur les cibles.`,
    comment: 'Motif de l’amendement (facultatif)',
    confirm: 'Commencer l’amendement',
    done: (revision: number) => `Amendement commencé : le plan est maintenant un brouillon de la révision ${revision}.`,
  },
  planArchive: {
    open: 'Archiver',
    title: 'Archiver le plan',
    explanation:
      'Archivez le plan à la fin de son cycle. Il devient en lecture seule pour tous : ni modification, ni point d’étape, ni amendement. Il reste dans les exports, le tableau de bord et les tendances.',
    comment: 'Note (facultative)',
    confirm: 'Archiver le plan',
    done: 'Le plan a été archivé.',
  },
  planBanner: {
    archivedTitle: 'Archivé',
    archived: (cycle: string) =>
      `Le cycle ${cycle} est terminé : ce plan est en lecture seule. Il reste dans les exports, le tableau de bord et les tendances.`,
    amendmentTitle: (revision: number) => `Amendement : révision ${revision}`,
    amendment: (endorsed: number) => `La révision ${endorsed}, telle qu’approuvée, reste en vigueur jusqu’à l’approbation de cet amendement.`,
    oldRevisionTitle: (revision: number) => `Révision ${revision}, telle qu’approuvée — lecture seule`,
    oldRevision: (date: string, by: string) => `Approuvée le ${date} par ${by}.`,
    revision: 'Révision',
    revisionOption: (revision: number, status: string) => `Révision ${revision} (${status.toLowerCase()})`,
    revisionEndorsedOption: (revision: number, date: string) => `Révision ${revision}, approuvée le ${date}`,
    changes: 'Voir les changements',
    backToCurrent: 'Revenir au plan actuel',
  },
  planChanges: {
    title: 'Changements',
    of: (plan: string) => `Dans le plan « ${plan} »`,
    from: 'De',
    to: 'À',
    current: (status: string) => `Actuelle (${status.toLowerCase()})`,
    revision: (n: number) => `Révision ${n}`,
    none: 'Rien n’a changé entre ces révisions.',
    onlyOne: 'Ce plan n’a qu’une révision : il n’y a encore rien à comparer.',
    added: (n: number) => `Ajoutés (${n})`,
    removed: (n: number) => `Supprimés (${n})`,
    changed: (n: number) => `Modifiés (${n})`,
    item: 'Élément',
    field: 'Champ',
    before: 'Avant',
    after: 'Après',
    entity: { plan: 'Plan', objective: 'Objectif', activity: 'Activité', target: 'Cible' },
    itemName: (entity: string, ref: string, label: string) => (ref ? `${entity} ${ref} — ${label}` : `${entity} — ${label}`),
    findings: 'Constats pris en compte',
    backToPlan: 'Revenir au plan',
  },
  nextCycle: {
    open: 'Commencer le cycle suivant',
    title: 'Commencer le cycle suivant',
    intro:
      'Un nouveau plan en brouillon pour le même bureau, avec le travail non terminé : ses objectifs et activités, et les cibles ni atteintes ni abandonnées. Les références sont conservées ; chaque élément renvoie à ce plan. L’avancement et les points d’étape repartent de zéro.',
    cycle: 'Cycle',
    preview: 'Ce que reprend le nouveau plan',
    copied: (n: number) => `Repris (${n})`,
    notCopied: (n: number) => `Non repris (${n})`,
    item: 'Élément',
    why: 'Pourquoi',
    reason: { achieved: 'Atteinte pendant ce cycle', dropped: 'Abandonnée pendant ce cycle' },
    newDue: (date: string) => `échéance ${date}`,
    checkIns: (n: number) => `${n} ${n <= 1 ? 'point d’étape reste' : 'points d’étape restent'} avec ce plan : l’avancement du nouveau plan repart de zéro.`,
    newTitle: (title: string) => `Titre : ${title}`,
    unregistered: (cycle: string) => `${cycle} n’est pas encore un cycle de rapport : le Groupe le crée avec ses périodes.`,
    confirm: 'Créer le plan',
    loading: 'Préparation de l’aperçu…',
  },
};
