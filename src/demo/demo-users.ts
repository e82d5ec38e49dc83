// The people of the demo department: who signs in, with which product role, from which office.
// Focal points and target owners hold no role of their own: the offices and targets make them so.

/** Same values as the roles the services grant; kept here so that the demo data stands alone. */
import type { ProductRole } from '../domain/roles';
export type { ProductRole };

export interface DemoUser {
  email: string;
  name: string;
  roles: ProductRole[];
  officeCode?: string;
  description: string;
}

export const DEMO_OFFICE_CODES = ['OUSG', 'OO', 'OMS', 'MD', 'CPD', 'UNMAS', 'PBPS'] as const;
export type DemoOfficeCode = (typeof DEMO_OFFICE_CODES)[number];

/** Endorses and returns the work plans; the Gender Unit sits in the Best Practices Section. */
export const GENDER_ADVISOR = 'amina.diallo@dpko.example.org';

const GENDER_UNIT: readonly DemoUser[] = [
  {
    email: GENDER_ADVISOR,
    name: 'Amina Diallo',
    roles: ['gender-unit'],
    officeCode: 'PBPS',
    description: 'Gender Advisor, Peacekeeping Best Practices Section',
  },
  {
    email: 'sofia.lindqvist@dpko.example.org',
    name: 'Sofia Lindqvist',
    roles: ['gender-unit'],
    officeCode: 'PBPS',
    description: 'Gender Affairs Officer, Gender Unit (monitoring and reporting)',
  },
];

/** One per office; each is listed in its office's focal points. */
const FOCAL_POINTS: readonly DemoUser[] = [
  {
    email: 'rajiv.menon@dpko.example.org',
    name: 'Rajiv Menon',
    roles: [],
    officeCode: 'OUSG',
    description: 'Special Assistant to the Under-Secretary-General; gender focal point, OUSG',
  },
  {
    email: 'claire.dubois@dpko.example.org',
    name: 'Claire Dubois',
    roles: [],
    officeCode: 'OO',
    description: 'Political Affairs Officer; gender focal point, Office of Operations',
  },
  {
    email: 'kwame.mensah@dpko.example.org',
    name: 'Kwame Mensah',
    roles: [],
    officeCode: 'OMS',
    description: 'Administrative Officer; gender focal point, Office of Mission Support',
  },
  {
    email: 'ingrid.halvorsen@dpko.example.org',
    name: 'Ingrid Halvorsen',
    roles: [],
    officeCode: 'MD',
    description: 'Lieutenant Colonel, Military Planning Officer; gender focal point, Military Division',
  },
  {
    email: 'fatima.alhassan@dpko.example.org',
    name: 'Fatima Al-Hassan',
    roles: [],
    officeCode: 'CPD',
    description: 'Police Planning Officer; gender focal point, Civilian Police Division',
  },
  {
    email: 'diego.ramirez@dpko.example.org',
    name: 'Diego Ramírez',
    roles: [],
    officeCode: 'UNMAS',
    description: 'Programme Officer; gender focal point, Mine Action Service',
  },
  {
    email: 'mei.chen@dpko.example.org',
    name: 'Mei Chen',
    roles: [],
    officeCode: 'PBPS',
    description: 'Best Practices Officer; gender focal point, Peacekeeping Best Practices Section',
  },
];

/** Own targets and activities of their office's plan. */
const TARGET_OWNERS: readonly DemoUser[] = [
  {
    email: 'olga.petrenko@dpko.example.org',
    name: 'Olga Petrenko',
    roles: [],
    officeCode: 'OUSG',
    description: 'Senior Policy Officer, Office of the Under-Secretary-General',
  },
  {
    email: 'yusuf.okonkwo@dpko.example.org',
    name: 'Yusuf Okonkwo',
    roles: [],
    officeCode: 'OO',
    description: 'Desk Officer, Africa Division, Office of Operations',
  },
  {
    email: 'hannah.schmidt@dpko.example.org',
    name: 'Hannah Schmidt',
    roles: [],
    officeCode: 'OO',
    description: 'Political Affairs Officer (DDR and elections), Office of Operations',
  },
  {
    email: 'priya.raghavan@dpko.example.org',
    name: 'Priya Raghavan',
    roles: [],
    officeCode: 'OMS',
    description: 'Human Resources Officer, Personnel Management and Support Service',
  },
  {
    email: 'tomas.herrera@dpko.example.org',
    name: 'Tomás Herrera',
    roles: [],
    officeCode: 'OMS',
    description: 'Logistics Officer, Logistics Support Division',
  },
  {
    email: 'samuel.adeyemi@dpko.example.org',
    name: 'Samuel Adeyemi',
    roles: [],
    officeCode: 'MD',
    description: 'Major, Force Generation Officer, Military Division',
  },
  { email: 'ana.souza@dpko.example.org', name: 'Ana Souza', roles: [], officeCode: 'MD', description: 'Military Training Officer, Military Division' },
  {
    email: 'nadia.karimi@dpko.example.org',
    name: 'Nadia Karimi',
    roles: [],
    officeCode: 'CPD',
    description: 'Police Training Officer, Civilian Police Division',
  },
  {
    email: 'jean-pierre.nkurunziza@dpko.example.org',
    name: 'Jean-Pierre Nkurunziza',
    roles: [],
    officeCode: 'CPD',
    description: 'Police Selection and Recruitment Officer, Civilian Police Division',
  },
  {
    email: 'leila.haddad@dpko.example.org',
    name: 'Leila Haddad',
    roles: [],
    officeCode: 'UNMAS',
    description: 'Mine Risk Education Officer, Mine Action Service',
  },
  {
    email: 'kenji.watanabe@dpko.example.org',
    name: 'Kenji Watanabe',
    roles: [],
    officeCode: 'PBPS',
    description: 'Knowledge Management Officer, Peacekeeping Best Practices Section',
  },
];

const MANAGEMENT: readonly DemoUser[] = [
  {
    email: 'michael.osei@dpko.example.org',
    name: 'Michael Osei',
    roles: ['viewer'],
    officeCode: 'OUSG',
    description: 'Chief of Staff, Office of the Under-Secretary-General (senior management, read-only)',
  },
  {
    email: 'pavel.novak@dpko.example.org',
    name: 'Pavel Novák',
    roles: ['admin'],
    officeCode: 'OMS',
    description: 'Information Management Officer, Communications and Information Technology Service (app administrator)',
  },
];

export const DEMO_USERS: readonly DemoUser[] = [...GENDER_UNIT, ...FOCAL_POINTS, ...TARGET_OWNERS, ...MANAGEMENT];

export interface OfficeStaff {
  focalPoints: string[];
  /** Everyone in the office who may own a target: its target owners and its focal points. */
  owners: string[];
}

/** The e-mails that staff an office's plan. */
export function officeStaff(code: DemoOfficeCode): OfficeStaff {
  const focalPoints = FOCAL_POINTS.filter((u) => u.officeCode === code).map((u) => u.email);
  const owners = TARGET_OWNERS.filter((u) => u.officeCode === code).map((u) => u.email);
  return { focalPoints, owners: [...owners, ...focalPoints] };
}
