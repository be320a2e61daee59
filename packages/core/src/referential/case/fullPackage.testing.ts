// A CASE 1.1 package using every field of the CFPackage schema, for a fictional framework: what a
// CASE tool may send, to check that an import keeps each field and the service answers each
// class (concepts, subjects, licences, groupings, rubrics). Valid against the official schema.

const id = (n: number) => `f0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = '2026-02-10T09:30:00Z';
const link = (n: number, title: string, kind: string) => ({
  title,
  identifier: id(n),
  uri: `https://cadres.example/${kind}/${id(n)}`,
});

export const FULL = {
  document: id(1),
  items: [id(2), id(3)],
  concept: id(20),
  subject: id(30),
  license: id(40),
  itemType: id(50),
  childType: id(51),
  grouping: id(60),
  rubric: id(70),
};

export function fullPackage() {
  const license = link(40, 'Licence ouverte', 'licenses');
  const subject = link(30, 'Gestion', 'subjects');
  return {
    CFDocument: {
      identifier: id(1),
      uri: `https://cadres.example/documents/${id(1)}`,
      frameworkType: 'Référentiel de compétences',
      caseVersion: '1.1',
      creator: 'Association fictive des métiers du conseil',
      title: 'Référentiel fictif du conseil en gestion',
      lastChangeDateTime: at,
      officialSourceURL: 'https://cadres.example/source.pdf',
      publisher: 'Éditions fictives',
      description: 'Un cadre inventé pour les tests.',
      subject: ['Gestion'],
      subjectURI: [subject],
      language: 'fr',
      version: '2.1',
      adoptionStatus: 'Adopted',
      statusStartDate: '2026-01-01',
      statusEndDate: '2030-12-31',
      licenseURI: license,
      notes: 'Notes du document.',
      extensions: { outil: { revue: 3 } },
    },
    CFItems: [
      {
        identifier: id(2),
        uri: `https://cadres.example/items/${id(2)}`,
        fullStatement: 'Conseiller une entreprise sur sa gestion.',
        alternativeLabel: 'Conseil',
        CFItemType: 'Domaine',
        CFItemTypeURI: link(50, 'Domaine', 'itemtypes'),
        humanCodingScheme: 'D1',
        listEnumeration: 'A',
        abbreviatedStatement: 'Conseil en gestion',
        conceptKeywords: ['conseil', 'gestion'],
        conceptKeywordsURI: link(20, 'Conseil', 'concepts'),
        notes: 'Un domaine.',
        subject: ['Gestion'],
        subjectURI: [subject],
        language: 'fr',
        educationLevel: ['05'],
        licenseURI: license,
        statusStartDate: '2026-01-01',
        statusEndDate: '2030-12-31',
        lastChangeDateTime: at,
        extensions: { outil: { poids: 2 } },
      },
      {
        identifier: id(3),
        uri: `https://cadres.example/items/${id(3)}`,
        fullStatement: 'Établir un diagnostic financier.',
        CFItemType: 'Savoir-faire du domaine',
        CFItemTypeURI: link(51, 'Savoir-faire du domaine', 'itemtypes'),
        humanCodingScheme: 'D1.1',
        language: 'fr',
        lastChangeDateTime: at,
      },
    ],
    CFAssociations: [
      {
        identifier: id(10),
        associationType: 'isChildOf',
        sequenceNumber: 1,
        uri: `https://cadres.example/associations/${id(10)}`,
        originNodeURI: { ...link(2, 'D1', 'items'), uri: `https://cadres.example/items/${id(2)}` },
        destinationNodeURI: {
          title: 'Référentiel fictif du conseil en gestion',
          identifier: id(1),
          uri: `https://cadres.example/documents/${id(1)}`,
        },
        lastChangeDateTime: at,
      },
      {
        identifier: id(11),
        associationType: 'isChildOf',
        sequenceNumber: 1,
        uri: `https://cadres.example/associations/${id(11)}`,
        originNodeURI: {
          ...link(3, 'D1.1', 'items'),
          uri: `https://cadres.example/items/${id(3)}`,
        },
        destinationNodeURI: {
          ...link(2, 'D1', 'items'),
          uri: `https://cadres.example/items/${id(2)}`,
        },
        CFAssociationGroupingURI: link(60, 'Arbre', 'groupings'),
        notes: 'Placement',
        lastChangeDateTime: at,
      },
      {
        identifier: id(12),
        associationType: 'precedes',
        sequenceNumber: 4,
        uri: `https://cadres.example/associations/${id(12)}`,
        originNodeURI: {
          ...link(3, 'D1.1', 'items'),
          uri: `https://cadres.example/items/${id(3)}`,
        },
        destinationNodeURI: {
          title: 'Compétence d’un autre cadre',
          identifier: 'a9999999-9999-4999-8999-999999999999',
          uri: 'https://autre-cadre.example/items/a9999999',
          targetType: 'CASE',
        },
        lastChangeDateTime: at,
      },
    ],
    CFDefinitions: {
      CFConcepts: [
        {
          ...link(20, 'Conseil', 'concepts'),
          keywords: 'conseil',
          hierarchyCode: '1',
          description: 'Le conseil.',
          lastChangeDateTime: at,
        },
        {
          ...link(21, 'Conseil financier', 'concepts'),
          hierarchyCode: '1.1',
          lastChangeDateTime: at,
        },
      ],
      CFSubjects: [{ ...subject, hierarchyCode: '1', lastChangeDateTime: at }],
      CFLicenses: [{ ...license, licenseText: 'Libre réutilisation.', lastChangeDateTime: at }],
      CFItemTypes: [
        {
          ...link(50, 'Domaine', 'itemtypes'),
          description: 'Domaine',
          hierarchyCode: '1',
          typeCode: 'D',
          lastChangeDateTime: at,
        },
        {
          ...link(51, 'Savoir-faire du domaine', 'itemtypes'),
          description: 'Savoir-faire',
          hierarchyCode: '1.1',
          lastChangeDateTime: at,
        },
      ],
      CFAssociationGroupings: [{ ...link(60, 'Arbre', 'groupings'), lastChangeDateTime: at }],
    },
    CFRubrics: [
      {
        identifier: id(70),
        uri: `https://cadres.example/rubrics/${id(70)}`,
        title: 'Grille de conseil',
        lastChangeDateTime: at,
        CFRubricCriteria: [
          {
            identifier: id(71),
            uri: `https://cadres.example/criteria/${id(71)}`,
            category: 'Diagnostic',
            CFItemURI: link(3, 'D1.1', 'items'),
            weight: 1,
            position: 1,
            rubricId: id(70),
            lastChangeDateTime: at,
            CFRubricCriterionLevels: [
              {
                identifier: id(72),
                uri: `https://cadres.example/levels/${id(72)}`,
                quality: 'Maîtrisé',
                score: 2,
                position: 1,
                rubricCriterionId: id(71),
                lastChangeDateTime: at,
              },
            ],
          },
        ],
      },
    ],
  };
}
