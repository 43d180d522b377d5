package org.corpusanalytics.duplicates;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.corpusanalytics.text.duplicates.GroupMember;

/**
 * Encodes a {@link GroupMember}: doc id, a presence flag and the publication millis, the shingle
 * count and each shingle hash as four bytes. Deterministic.
 */
final class GroupMemberCoder extends AtomicCoder<GroupMember> {
  private static final GroupMemberCoder INSTANCE = new GroupMemberCoder();

  private GroupMemberCoder() {}

  static GroupMemberCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(GroupMember member, OutputStream outStream) throws IOException {
    StringUtf8Coder.of().encode(member.docId(), outStream);
    DataOutputStream out = new DataOutputStream(outStream);
    out.writeBoolean(member.publishedMillis() != null);
    if (member.publishedMillis() != null) {
      out.writeLong(member.publishedMillis());
    }
    out.writeInt(member.shingles().length);
    for (int shingle : member.shingles()) {
      out.writeInt(shingle);
    }
    out.flush();
  }

  @Override
  public GroupMember decode(InputStream inStream) throws IOException {
    String docId = StringUtf8Coder.of().decode(inStream);
    DataInputStream in = new DataInputStream(inStream);
    Long publishedMillis = in.readBoolean() ? in.readLong() : null;
    int[] shingles = new int[in.readInt()];
    for (int i = 0; i < shingles.length; i++) {
      shingles[i] = in.readInt();
    }
    return new GroupMember(docId, publishedMillis, shingles);
  }

  @Override
  public void verifyDeterministic() {}
}
