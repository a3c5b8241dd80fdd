/* sf-odf-package.c: an OpenDocument package (a zip file) in memory, by ODF's packaging rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <gsf/gsf.h>

#include "sf-odf-package.h"
#include "sf-odf-xml.h"

struct _SfOdfPackage
{
  char       *media_type;
  GsfOutput  *sink;   /* a GsfOutputMemory */
  GsfOutfile *zip;
  GPtrArray  *paths;  /* the parts the manifest lists, and their media types */
  GPtrArray  *types;
};

static gboolean
failed (GsfOutput  *output,
        GError    **error)
{
  const GError *err = gsf_output_error (output);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s",
               err ? err->message : _("The document could not be packed"));
  return FALSE;
}

static gboolean
write_entry (SfOdfPackage  *package,
             const char    *path,
             GBytes        *data,
             gboolean       compress,
             GError       **error)
{
  GsfOutput *child;
  gsize size;
  const guint8 *bytes = g_bytes_get_data (data, &size);
  gboolean ok;

  /* libgsf 1.14.50 declares no autoptr cleanup for its types. */
  child = gsf_outfile_new_child_full (package->zip, path, FALSE, "compression-level",
                                      compress ? GSF_ZIP_DEFLATED : GSF_ZIP_STORED, NULL);
  if (child == NULL)
    return failed (GSF_OUTPUT (package->zip), error);
  ok = (size == 0 || gsf_output_write (child, size, bytes)) && gsf_output_close (child);
  if (!ok)
    failed (child, error);
  g_object_unref (child);
  return ok;
}

SfOdfPackage *
sf_odf_package_new (const char  *media_type,
                    GError     **error)
{
  g_autoptr(SfOdfPackage) package = g_new0 (SfOdfPackage, 1);
  g_autoptr(GBytes) mimetype = g_bytes_new (media_type, strlen (media_type));

  package->media_type = g_strdup (media_type);
  package->paths = g_ptr_array_new_with_free_func (g_free);
  package->types = g_ptr_array_new_with_free_func (g_free);
  package->sink = gsf_output_memory_new ();
  package->zip = gsf_outfile_zip_new (package->sink, error);
  if (package->zip == NULL)
    return NULL;
  if (!write_entry (package, "mimetype", mimetype, FALSE, error))
    return NULL;
  return g_steal_pointer (&package);
}

gboolean
sf_odf_package_add (SfOdfPackage  *package,
                    const char    *path,
                    const char    *media_type,
                    GBytes        *data,
                    GError       **error)
{
  gboolean compress = !g_str_equal (media_type, "image/png");

  if (!write_entry (package, path, data, compress, error))
    return FALSE;
  g_ptr_array_add (package->paths, g_strdup (path));
  g_ptr_array_add (package->types, g_strdup (media_type));
  return TRUE;
}

static GBytes *
manifest (SfOdfPackage  *package,
          GError       **error)
{
  SfOdfXml *xml = sf_odf_xml_new ("manifest:manifest");

  sf_odf_xml_start (xml, "manifest:file-entry");
  sf_odf_xml_attr (xml, "manifest:full-path", "/");
  sf_odf_xml_attr (xml, "manifest:version", "1.3");
  sf_odf_xml_attr (xml, "manifest:media-type", package->media_type);
  sf_odf_xml_end (xml);
  for (guint i = 0; i < package->paths->len; i++)
    {
      sf_odf_xml_start (xml, "manifest:file-entry");
      sf_odf_xml_attr (xml, "manifest:full-path", g_ptr_array_index (package->paths, i));
      sf_odf_xml_attr (xml, "manifest:media-type", g_ptr_array_index (package->types, i));
      sf_odf_xml_end (xml);
    }
  return sf_odf_xml_finish (xml, error);
}

gboolean
sf_odf_package_add_xml (SfOdfPackage  *package,
                        const char    *path,
                        GBytes        *data,
                        GError       **error)
{
  g_autoptr(GBytes) owned = data;

  return data != NULL && sf_odf_package_add (package, path, "text/xml", data, error);
}

GBytes *
sf_odf_package_finish (SfOdfPackage  *package,
                       GError       **error)
{
  g_autoptr(SfOdfPackage) owned = package;
  g_autoptr(GBytes) list = manifest (package, error);
  GsfOutputMemory *memory = GSF_OUTPUT_MEMORY (package->sink);

  if (list == NULL || !write_entry (package, "META-INF/manifest.xml", list, TRUE, error))
    return NULL;
  if (!gsf_output_close (GSF_OUTPUT (package->zip)))
    {
      failed (GSF_OUTPUT (package->zip), error);
      return NULL;
    }
  return g_bytes_new (gsf_output_memory_get_bytes (memory),
                      gsf_output_size (package->sink));
}

void
sf_odf_package_free (SfOdfPackage *package)
{
  if (package == NULL)
    return;
  g_clear_object (&package->zip);
  g_clear_object (&package->sink);
  g_ptr_array_unref (package->paths);
  g_ptr_array_unref (package->types);
  g_free (package->media_type);
  g_free (package);
}
