import type { ComponentType } from 'react';
import { data, type RouteObject } from 'react-router';
import type { StaffRole } from '../../../electron/shared';
import i18next from 'i18next';
import { AREAS, STAFF_NAMESPACES, type FullScreenHandle } from '../features/registry';
import { SHELL_STAFF_NAMESPACES } from '../i18n/i18n';
import { AttractScreen } from '../screens/attract/AttractScreen';
import { HomeScreen } from '../screens/home/HomeScreen';
import { RootLayout } from './RootLayout';
import { RouteError } from './RouteError';

/** What a staff route needs, read by the staff layout (`useMatches`). */
export interface StaffRouteHandle {
  role: StaffRole;
}

/** A lazy route whose screen shows once its code and its staff namespaces have come. */
function component<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return async () => {
    const [module] = await Promise.all([load(), i18next.loadNamespaces([...SHELL_STAFF_NAMESPACES])]);
    return { Component: pick(module) };
  };
}

function withErrorElement(route: RouteObject): RouteObject {
  if (route.index) return { errorElement: <RouteError />, ...route };
  return { errorElement: <RouteError />, ...route, children: route.children?.map(withErrorElement) };
}

const admin: StaffRouteHandle = { role: 'admin' };

const staffSections: RouteObject[] = [
  {
    index: true,
    lazy: component(
      () => import('../screens/staff/StaffIndex'),
      (m) => m.StaffIndex,
    ),
  },
  {
    path: 'settings',
    handle: admin,
    lazy: component(
      () => import('../screens/staff/settings/SettingsSection'),
      (m) => m.SettingsSection,
    ),
  },
  {
    path: 'accounts',
    handle: admin,
    lazy: component(
      () => import('../screens/staff/accounts/AccountsSection'),
      (m) => m.AccountsSection,
    ),
  },
  {
    path: 'backups',
    handle: admin,
    lazy: component(
      () => import('../screens/staff/backups/BackupsSection'),
      (m) => m.BackupsSection,
    ),
  },
  {
    path: 'devices',
    handle: admin,
    lazy: component(
      () => import('../screens/staff/devices/DevicesSection'),
      (m) => m.DevicesSection,
    ),
  },
  {
    path: 'review',
    handle: { role: 'reviewer' } satisfies StaffRouteHandle,
    lazy: component(
      () => import('../screens/staff/review/ReviewSection'),
      (m) => m.ReviewSection,
    ),
  },
  {
    path: 'audit',
    handle: admin,
    lazy: component(
      () => import('../screens/staff/audit/AuditSection'),
      (m) => m.AuditSection,
    ),
  },
  {
    // The centre's calendar: the librarian's now (due dates); venue staff's too once booking comes.
    path: 'calendar',
    handle: { role: 'librarian' } satisfies StaffRouteHandle,
    lazy: component(
      () => import('../screens/staff/calendar/CalendarSection'),
      (m) => m.CalendarSection,
    ),
  },
  ...AREAS.flatMap((area) =>
    (area.staffSections ?? []).map((section): RouteObject => ({
      path: `areas/${area.id}/${section.id}`,
      handle: { role: section.role } satisfies StaffRouteHandle,
      lazy: async () => {
        const [module] = await Promise.all([section.lazy(), i18next.loadNamespaces(STAFF_NAMESPACES)]);
        return module;
      },
    })),
  ),
];

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <RouteError standalone />,
    children: [
      { index: true, element: <AttractScreen /> },
      { path: 'home', element: <HomeScreen /> },
      ...AREAS.map((area): RouteObject => ({ path: `areas/${area.id}`, children: area.routes })),
      ...AREAS.flatMap((area) =>
        (area.screens ?? []).map((route): RouteObject => ({
          ...route,
          handle: { fullScreen: true } satisfies FullScreenHandle,
        })),
      ),
      {
        path: 'staff/sign-in',
        lazy: component(
          () => import('../screens/staff/SignInScreen'),
          (m) => m.SignInScreen,
        ),
      },
      {
        path: 'staff',
        lazy: component(
          () => import('../screens/staff/StaffLayout'),
          (m) => m.StaffLayout,
        ),
        children: staffSections,
      },
      {
        path: 'setup',
        lazy: component(
          () => import('../screens/setup/SetupScreen'),
          (m) => m.SetupScreen,
        ),
      },
      {
        path: 'recovery',
        lazy: component(
          () => import('../screens/setup/RecoveryScreen'),
          (m) => m.RecoveryScreen,
        ),
      },
      {
        path: '*',
        loader: () => {
          // eslint-disable-next-line @typescript-eslint/only-throw-error -- react-router answers a 404 this way, to the errorElement
          throw data(null, { status: 404, statusText: 'Not Found' });
        },
      },
    ].map(withErrorElement),
  },
];
