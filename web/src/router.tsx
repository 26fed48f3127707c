import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './components/AppLayout.tsx';
import { FullPageLoader, RedirectIfSignedIn, RequireAuth } from './features/auth/RequireAuth.tsx';
import { ForgotPasswordPage } from './routes/ForgotPasswordPage.tsx';
import { InvitePage } from './routes/InvitePage.tsx';
import { LoginPage } from './routes/LoginPage.tsx';
import { NotFoundPage } from './routes/NotFoundPage.tsx';
import { ResetPasswordPage } from './routes/ResetPasswordPage.tsx';
import { RouteError } from './routes/RouteError.tsx';
import { SetupPage } from './routes/SetupPage.tsx';

// The signed-in pages load on demand, so the login page does not wait for tables and date pickers.
export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    // Shown while the first page's code loads.
    hydrateFallbackElement: <FullPageLoader />,
    children: [
      { path: '/setup', element: <SetupPage /> },
      { path: '/invite', element: <InvitePage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      {
        element: <RedirectIfSignedIn />,
        children: [
          { path: '/login', element: <LoginPage /> },
          { path: '/forgot-password', element: <ForgotPasswordPage /> },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            errorElement: <RouteError />,
            children: [
              { index: true, element: <Navigate to="/accounts" replace /> },
              {
                path: '/accounts',
                lazy: () => import('./routes/AccountsPage.tsx').then((m) => ({ Component: m.AccountsPage })),
              },
              {
                path: '/accounts/:id',
                lazy: () => import('./routes/AccountPage.tsx').then((m) => ({ Component: m.AccountPage })),
              },
              {
                path: '/contacts',
                lazy: () => import('./routes/ContactsPage.tsx').then((m) => ({ Component: m.ContactsPage })),
              },
              {
                path: '/contacts/:id',
                lazy: () => import('./routes/ContactPage.tsx').then((m) => ({ Component: m.ContactPage })),
              },
              {
                path: '/resources',
                lazy: () =>
                  import('./routes/ResourcesPage.tsx').then((m) => ({ Component: m.ResourcesPage })),
              },
              {
                path: '/resources/:id',
                lazy: () => import('./routes/ResourcePage.tsx').then((m) => ({ Component: m.ResourcePage })),
              },
              {
                path: '/my-work',
                lazy: () => import('./routes/MyWorkPage.tsx').then((m) => ({ Component: m.MyWorkPage })),
              },
              {
                path: '/promises',
                lazy: () => import('./routes/PromisesPage.tsx').then((m) => ({ Component: m.PromisesPage })),
              },
              {
                path: '/plans/:id',
                lazy: () => import('./routes/PlanPage.tsx').then((m) => ({ Component: m.PlanPage })),
              },
              {
                path: '/accounts/:id/handoff',
                lazy: () => import('./routes/HandoffPage.tsx').then((m) => ({ Component: m.HandoffPage })),
              },
              {
                path: '/checkins/:id/prep',
                lazy: () =>
                  import('./routes/CheckinPrepPage.tsx').then((m) => ({ Component: m.CheckinPrepPage })),
              },
              {
                path: '/reports/funnel',
                lazy: () => import('./routes/FunnelPage.tsx').then((m) => ({ Component: m.FunnelPage })),
              },
              {
                // One route for /settings/<section>[/<item>], so moving between sections, or
                // opening a rule to edit, keeps the page mounted.
                path: '/settings/*',
                lazy: () => import('./routes/SettingsPage.tsx').then((m) => ({ Component: m.SettingsPage })),
              },
              {
                path: '/mail',
                lazy: () => import('./routes/MailPage.tsx').then((m) => ({ Component: m.MailPage })),
              },
              {
                path: '/ingestion/warnings',
                lazy: () =>
                  import('./routes/IngestionWarningsPage.tsx').then((m) => ({
                    Component: m.IngestionWarningsPage,
                  })),
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
