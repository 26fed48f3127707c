import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Resource, ResourceKind, ResourceUpdate } from '@trustcircle/contracts';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { ChoiceSelect } from '../../components/ChoiceSelect.tsx';
import { showFormError } from '../../lib/formErrors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useCreateResource, useUpdateResource } from '../../lib/queries/resources.ts';
import { useSession } from '../../lib/queries/session.ts';
import { OwnerSelect } from '../accounts/OwnerSelect.tsx';
import { RESOURCE_KIND_OPTIONS } from './meta.tsx';

type Values = { kind: ResourceKind; title: string; url: string; ownerId: string | null };

const URL_HINT: Record<ResourceKind, string> = {
  onboarding_guide: 'Where the guide lives, e.g. https://help.example.com/getting-started',
  training_seminar: 'The sign-up or meeting page',
  kb_article: 'The article',
  self_help: 'The video, course or download',
  phone_line: 'Optional: a page with the number (or leave empty and log calls by hand)',
  chat: 'Optional: where the chat opens',
};

const fromResource = (r: Resource): Values => ({
  kind: r.kind,
  title: r.title,
  url: r.url ?? '',
  ownerId: r.owner?.id ?? null,
});

const isHttpUrl = (v: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
};

/** Only what changed goes to the server. */
function changes(r: Resource, v: Values): ResourceUpdate {
  const out: ResourceUpdate = {};
  if (v.kind !== r.kind) out.kind = v.kind;
  if (v.title.trim() !== r.title) out.title = v.title.trim();
  if ((v.url.trim() || null) !== r.url) out.url = v.url.trim() || null;
  if (v.ownerId !== (r.owner?.id ?? null)) out.ownerId = v.ownerId;
  return out;
}

type Props = { opened: boolean; onClose: () => void; resource?: Resource };

/** Adds a resource to the catalog, or edits one (managers and admins). */
export function ResourceFormModal({ opened, onClose, resource }: Props) {
  const me = useSession();
  const navigate = useNavigate();
  const create = useCreateResource();
  const update = useUpdateResource(resource?.id ?? '');
  const initial = (): Values =>
    resource ? fromResource(resource) : { kind: 'kb_article', title: '', url: '', ownerId: me.user.id };
  const form = useForm<Values>({
    initialValues: initial(),
    validate: {
      title: (v) => (v.trim() ? null : 'Give the resource a title people recognise'),
      url: (v) => (!v.trim() || isHttpUrl(v.trim()) ? null : 'Enter a web address that starts with https://'),
    },
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: refill only when the modal opens
  useEffect(() => {
    if (opened) {
      form.setValues(initial());
      form.resetDirty(initial());
      form.clearErrors();
    }
  }, [opened, resource?.id]);

  const onError = (e: unknown) => {
    showFormError(form, e, 'Could not save the resource');
  };

  const submit = form.onSubmit((v) => {
    if (resource) {
      const input = changes(resource, v);
      if (Object.keys(input).length === 0) return onClose();
      update.mutate(input, {
        onSuccess: (saved) => {
          notifySuccess(`"${saved.title}" was saved`);
          onClose();
        },
        onError,
      });
      return;
    }
    create.mutate(
      { kind: v.kind, title: v.title.trim(), url: v.url.trim() || null, ownerId: v.ownerId },
      {
        onSuccess: (saved) => {
          notifySuccess(
            `"${saved.title}" was added; share its tracking link to count its uses`,
            'Resource added',
          );
          onClose();
          navigate(`/resources/${saved.id}`);
        },
        onError,
      },
    );
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={resource ? `Edit "${resource.title}"` : 'Add resource'}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ChoiceSelect
            label="Kind"
            description="What sort of help it is"
            data={RESOURCE_KIND_OPTIONS}
            {...form.getInputProps('kind')}
          />
          <TextInput
            label="Title"
            placeholder="Getting started in 10 minutes"
            required
            data-autofocus
            {...form.getInputProps('title')}
          />
          <TextInput
            label="URL"
            type="url"
            placeholder="https://"
            description={URL_HINT[form.values.kind]}
            {...form.getInputProps('url')}
          />
          <OwnerSelect
            label="Owner"
            description="Who keeps it up to date and answers for its ratings"
            placeholder="No owner"
            includeId={resource?.owner?.id}
            {...form.getInputProps('ownerId')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {resource ? 'Save changes' : 'Add resource'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
