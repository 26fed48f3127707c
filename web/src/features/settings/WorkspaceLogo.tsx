import { Button, FileButton, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { can } from '../../lib/permissions.ts';
import { useSession } from '../../lib/queries/session.ts';
import { useUpdateWorkspace } from '../../lib/queries/workspace.ts';

const MAX_BYTES = 100 * 1024;
const TYPES = 'image/png,image/jpeg,image/gif,image/webp,image/svg+xml';

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/** The vendor's logo, shown to customers on shared plans. Stored inline, so it is kept small. */
export function WorkspaceLogo() {
  const me = useSession();
  const canManage = can(me.role, 'workspace:manage');
  const update = useUpdateWorkspace();
  const logo = me.workspace.logo;

  const save = (value: string | null, done: string) =>
    update.mutate(
      { logo: value },
      { onSuccess: () => notifySuccess(done), onError: (e) => notifyError(e, 'Could not save the logo') },
    );

  const pick = async (file: File | null) => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      notifyError(new Error('Pick an image under 100 KB'), 'That image is too large');
      return;
    }
    save(await readAsDataUrl(file), 'Logo saved');
  };

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} maw={640}>
      <Stack gap="sm">
        <Text fw={600}>Logo</Text>
        <Text size="sm" c="dimmed">
          Shown with the workspace name on the pages you share with customers. PNG, JPEG, GIF, WebP or SVG,
          under 100 KB.
        </Text>
        {logo ? (
          <Image src={logo} alt={`${me.workspace.name} logo`} h={48} w="auto" fit="contain" maw={200} />
        ) : (
          <Text size="sm">No logo yet.</Text>
        )}
        {canManage ? (
          <Group>
            <FileButton onChange={pick} accept={TYPES}>
              {(props) => (
                <Button
                  {...props}
                  variant="light"
                  leftSection={<IconPhotoUp size={16} />}
                  loading={update.isPending}
                >
                  {logo ? 'Replace logo' : 'Upload logo'}
                </Button>
              )}
            </FileButton>
            {logo ? (
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={() => save(null, 'Logo removed')}
              >
                Remove
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
