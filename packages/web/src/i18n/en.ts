import type { Dictionary } from './fr.ts';

// Typed as the French dictionary: a key missing or added here fails the type check.
export const en: Dictionary = {
  app: {
    name: 'Certeval',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
  },
  language: {
    label: 'Language',
    fr: 'Français',
    en: 'English',
  },
  auth: {
    loginTitle: 'Sign in',
    loginIntro: 'Sign in to reach your certification spaces.',
    email: 'Email address',
    password: 'Password',
    showPassword: 'Show the password',
    submit: 'Sign in',
    forgotPassword: 'Forgot your password?',
    forgotPasswordHelp:
      'Ask your organisation’s administrator for a reset link. When no mail server is configured, they generate it with the command:',
    resetCommand: 'certeval user reset-password --email <address>',
    logout: 'Sign out',
    logoutFailed: 'Signing out failed. Try again before leaving this device.',
    signedInAs: 'Signed in as {{name}}',
  },
  reset: {
    title: 'New password',
    intro: 'Choose a password of at least 12 characters.',
    password: 'New password',
    confirmation: 'Confirm the password',
    submit: 'Save the password',
    tooShort: 'The password must be at least 12 characters long.',
    mismatch: 'The two passwords do not match.',
    missingToken: 'This reset link is incomplete. Ask your administrator for a new link.',
    done: 'Your password has been changed. You can now sign in.',
    toLogin: 'Go to sign in',
  },
  errors: {
    network: 'The server does not answer. Check your connection and try again.',
    unexpected: 'An unexpected error occurred. Try again later.',
    notFoundTitle: 'Page not found',
    notFound: 'This page does not exist or cannot be reached from your space.',
    backHome: 'Back to home',
  },
  roles: {
    certifier_admin: 'Certifier (administrator)',
    company_pilot: 'Company pilot',
    tutor: 'Tutor',
    trainer: 'Trainer',
    jury_member: 'Jury member',
    candidate: 'Candidate',
  },
  space: {
    label: 'Space',
    name: '{{role}} · {{organisation}}',
    none: 'No space has been given to you yet. Ask your organisation’s administrator to add you to a project.',
  },
  nav: {
    label: 'Main menu',
    home: 'Home',
    openMenu: 'Open the menu',
    closeMenu: 'Close the menu',
  },
  home: {
    greeting: 'Hello, {{name}}',
    sectionsTitle: 'Your sections',
    open: 'Open',
  },
  section: {
    notAvailable: 'This section is not available yet in this version of Certeval.',
    willHold: 'What it will hold',
    backToHome: 'Back to the space home',
  },
  referential: {
    listTitle: 'Certifications and referentials',
    listIntro:
      'The certifications and the versions of their activity, competence and evaluation referentials.',
    empty: 'No certification has been recorded yet.',
    columns: {
      title: 'Certification',
      kind: 'Kind',
      rncp: 'RNCP no.',
      versions: 'Versions',
    },
    versionLink: 'Version {{version}}',
    nodeCount_one: '{{count}} item',
    nodeCount_other: '{{count}} items',
    noVersion: 'No version',
    kinds: {
      cqp: 'CQP',
      rncp_title: 'RNCP title',
      rs: 'RS',
      diploma: 'Diploma',
    },
    statuses: {
      published: 'Published',
      draft: 'Draft',
    },
    backToList: 'All certifications',
    versionTitle: 'Version {{version}}',
    revision: 'Revision {{revision}}',
    rncpNumber: 'RNCP {{number}}',
    download: 'Download (JSON)',
    print: 'Print / PDF',
    viewsLabel: 'Views of the referential',
    views: {
      tree: 'Tree',
      matrix: 'Activity × competence matrix',
      domains: 'Competences by domain',
      discrepancies: 'Discrepancies in the source',
      compare: 'Compare versions',
    },
    nodeTypes: {
      function: 'Function',
      mission: 'Mission',
      activity: 'Activity',
      sub_activity: 'Sub-activity',
      task: 'Task',
      activity_area: 'Activity area',
      bloc: 'Competence bloc',
      domain: 'Domain',
      competence: 'Competence',
      knowledge_item: 'Knowledge item',
      performance_criterion: 'Performance criterion',
      evaluation_modality: 'Evaluation modality',
      condition_of_realisation: 'Conditions of realisation',
    },
    competenceKinds: {
      knowledge: 'Knowledge (C)',
      know_how: 'Know-how (SF)',
      aptitude: 'Qualities / aptitudes',
      professional_behaviour: 'Professional behaviours (CP)',
    },
    competenceKindCodes: {
      knowledge: 'C',
      know_how: 'SF',
      aptitude: 'A',
      professional_behaviour: 'CP',
    },
    tree: {
      activityTitle: 'Activity referential',
      competenceTitle: 'Competence referential',
      search: 'Search by code or label',
      results_one: '{{count}} item found',
      results_other: '{{count}} items found',
      noResult: 'No item matches “{{query}}”.',
      expandAll: 'Expand all',
      collapseAll: 'Collapse all',
    },
    matrix: {
      caption:
        'Required competences: a mark shows that the row requires the competence of the column ({{links}} links). Hover a code to read its label.',
      corner: 'Requires →',
      required: 'required',
      otherGroup: 'Not attached',
      none: 'This referential links no activity to competences.',
    },
    domains: {
      byDomain: 'The competences of each domain by kind, then the qualities and aptitudes.',
      byBloc: 'The competences of each competence bloc, by kind.',
      byParent: 'The competences grouped under the item they belong to.',
      shared: 'Shared by all domains',
      unclassified: 'Kind not stated',
      none: 'This referential holds no competence.',
    },
    discrepancies: {
      intro:
        'Where the source contradicts itself or is incomplete: what it says, and what was kept.',
      none: 'No discrepancy was recorded in this version.',
      general: 'Whole referential',
      source: 'Source: {{source}}',
      variants: 'Variants in the source',
    },
    compare: {
      from: 'From version',
      to: 'To version',
      onlyOne:
        'This certification has one version only: it is compared with itself. Choose other versions as soon as there are some.',
      none: 'No difference between these two versions.',
      added: 'Added items',
      removed: 'Removed items',
      changed: 'Changed items',
      addedLinks: 'Added links',
      removedLinks: 'Removed links',
      code: 'Code',
      field: 'Field',
      before: 'Before',
      after: 'After',
      empty: '(empty)',
      summary: '{{added}} added, {{removed}} removed, {{changed}} changed, {{links}} links changed',
    },
    linkTypes: {
      requires: 'requires',
      belongs_to: 'belongs to',
      evaluates: 'evaluates',
      replaced_by: 'is replaced by',
      equivalent_to: 'is equivalent to',
    },
  },
  variant: {
    listTitle: 'Adapted referential',
    listIntro:
      'The adaptations of the national referentials to {{organisation}}: renamed labels, notes, hidden or added items. The national referential is never modified.',
    empty: 'No adaptation has been created for this company yet.',
    columns: {
      name: 'Adaptation',
      certification: 'Certification',
      version: 'National version',
      changes: 'Changes',
      updatedAt: 'Last updated',
    },
    versionLabel: 'Version {{version}}',
    changeCount_one: '{{count}} change',
    changeCount_other: '{{count}} changes',
    create: {
      title: 'New adaptation',
      intro: 'An adaptation starts from a published version of a national referential.',
      name: 'Name of the adaptation',
      certification: 'Certification',
      version: 'Published version',
      choose: 'Choose…',
      submit: 'Create the adaptation',
      noPublished: 'No published version is available yet.',
      required: 'This field is required.',
    },
    backToList: 'All adaptations',
    national: 'Adapts: {{certification}}, version {{version}}',
    openNational: 'See the national version',
    revision: 'Revision {{revision}}',
    updatedAt: 'Updated on {{date}}',
    print: 'Print / PDF',
    readOnly: 'Read only: only the company’s project pilot can change this adaptation.',
    linesTitle: 'The adapted referential, line by line',
    onlyModified: 'Only the changed lines',
    linesShown: '{{shown}} lines shown out of {{total}}',
    noModified: 'No line differs from the national referential.',
    statuses: {
      renamed: 'Renamed',
      annotated: 'Annotated',
      hidden: 'Hidden',
      added: 'Added',
    },
    unsaved: 'Not saved',
    companyLabel: 'Company label: {{label}}',
    companyNote: 'Company note: {{note}}',
    hiddenReason: 'Reason: {{reason}}',
    hiddenWith: 'Hidden with {{code}}',
    actions: {
      group: 'Actions on {{code}}',
      rename: 'Rename',
      annotate: 'Annotate',
      hide: 'Hide',
      unhide: 'Show again',
      add: 'Add below',
      remove: 'Remove',
      renameItem: 'Rename {{code}}',
      annotateItem: 'Annotate {{code}}',
      hideItem: 'Hide {{code}}',
      unhideItem: 'Show again {{code}}',
      addItem: 'Add below {{code}}',
      removeItem: 'Remove {{code}}, added by the company',
    },
    dialog: {
      renameTitle: 'Rename {{code}}',
      annotateTitle: 'Annotate {{code}}',
      hideTitle: 'Hide {{code}}',
      addTitle: 'Add an item under {{code}}',
      nationalLabel: 'National label: {{label}}',
      label: 'Company label',
      note: 'Company note',
      reason: 'Reason (optional)',
      hideHelp:
        'The item and everything it holds will no longer appear in the adaptation; the national referential is not modified.',
      code: 'Code',
      codeHelp:
        'A code that does not exist in the national referential, for instance prefixed by the company.',
      type: 'Type',
      newLabel: 'Label',
      apply: 'Apply',
      cancel: 'Cancel',
      revert: 'Remove this change',
      required: 'This field is required.',
      codeTaken: 'Code “{{code}}” is already used.',
      noChildType: 'No type of item can be placed under this item.',
    },
    describe: {
      rename: 'Rename {{code}} to “{{label}}”',
      annotate: 'Annotate {{code}}: “{{note}}”',
      hide: 'Hide {{code}}',
      add: 'Add {{code}} ({{type}}) under {{parent}}: “{{label}}”',
    },
    pending: {
      title: 'Unsaved changes',
      count_one: '{{count}} unsaved change',
      count_other: '{{count}} unsaved changes',
      none: 'No pending change.',
      statuses: {
        new: 'New',
        modified: 'Modified',
        removed: 'Removed',
        saved: 'Already saved',
      },
      undo: 'Undo: {{change}}',
      undoShort: 'Undo',
    },
    save: {
      button: 'Save',
      saved: 'Changes saved (revision {{revision}}).',
      conflictTitle: 'Someone else saved this adaptation meanwhile',
      conflict:
        'Your changes were not saved and nothing was overwritten: what the other person saved is intact. Reload the adaptation to start again from its content; your unsaved changes will then be lost.',
      reload: 'Reload the saved adaptation',
      confirmReload_one: 'Your unsaved change will be lost. Reload anyway?',
      confirmReload_other: 'Your {{count}} unsaved changes will be lost. Reload anyway?',
      confirm: 'Yes, reload',
      keep: 'No, keep my changes',
      invalid:
        'Nothing was saved: some changes do not apply to the national referential. Each problem is shown next to the change it concerns.',
      problems:
        'Some changes do not apply to the national referential: each problem is shown next to the change it concerns.',
    },
  },
  sections: {
    certifications: {
      title: 'Certifications and referentials',
      description:
        'The branch’s certifications and their activity, competence and evaluation referentials, with their decision rules.',
    },
    companyProjects: {
      title: 'Company projects',
      description:
        'The CQP projects submitted by companies, to review and approve, each with its adapted referential.',
    },
    jurySessions: {
      title: 'Jury sessions',
      description:
        'Convening the juries: date, place, members and the candidates presented at each session.',
    },
    deliberations: {
      title: 'Deliberations',
      description:
        'The synthesis grids, the decisions per domain and for the certification, and the signed minutes.',
    },
    certificates: {
      title: 'Certificates',
      description:
        'The certificates issued, verifiable from a QR code or a link, and their revocation if any.',
    },
    statistics: {
      title: 'Statistics',
      description:
        'The number of candidates, certificate holders and acquired blocs per certification and per year.',
    },
    cqpProject: {
      title: 'CQP project',
      description:
        'The steps of the project in the company, from the opportunity study to the final jury.',
    },
    adaptedReferential: {
      title: 'Adapted referential',
      description:
        'The national referential adapted to the company: the activities kept and the evaluation tools.',
    },
    candidates: {
      title: 'Candidates',
      description:
        'Enrolling candidates, their positioning and the progress of each along their pathway.',
    },
    tutors: {
      title: 'Tutors',
      description: 'The tutors named, their training and the candidates they support.',
    },
    steeringCommittee: {
      title: 'Steering committee',
      description: 'The steering committee’s meetings, their participants and their reports.',
    },
    followUpBooklets: {
      title: 'Follow-up booklets',
      description: 'The follow-up booklets of every candidate of the project.',
    },
    myCandidates: {
      title: 'My candidates',
      description: 'The candidates you support and the state of their evaluations.',
    },
    observationGrids: {
      title: 'Observation grids',
      description:
        'The observation grids used at work, continuously then for the final evaluation.',
    },
    followUpBooklet: {
      title: 'Follow-up booklet',
      description: 'The follow-up booklet of each of your candidates, kept along the training.',
    },
    myGroups: {
      title: 'My groups',
      description: 'The groups of candidates you train.',
    },
    questionnaires: {
      title: 'Questionnaires',
      description:
        'The knowledge questionnaires (multiple choice, ordering, activity description), continuous and for the final written test.',
    },
    results: {
      title: 'Results',
      description: 'The percentage of objective reached per domain for each candidate.',
    },
    myJurySessions: {
      title: 'My jury sessions',
      description: 'The sessions you are convened to and the candidates to evaluate.',
    },
    evaluationGrids: {
      title: 'Evaluation grids',
      description:
        'The professional’s or jury’s grid: observation at the workstation, questions and a 0 to 100 % appreciation per observation.',
    },
    rolePlayCards: {
      title: 'Role-play cards',
      description: 'The situations to play with the candidate during the interview.',
    },
    myPathway: {
      title: 'My pathway',
      description: 'The steps of your certification pathway and your results per domain.',
    },
    myQuestionnaires: {
      title: 'My questionnaires',
      description: 'The questionnaires to take and those you have already filled in.',
    },
    myVaeBooklet: {
      title: 'My VAE booklet',
      description:
        'The description of your activities, with your documents, for the validation of prior experience (VAE).',
    },
    myCertificate: {
      title: 'My certificate',
      description: 'Your certificate once issued, to download and to share with a link.',
    },
  },
};
