package org.corpusanalytics.duplicates;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.corpusanalytics.text.duplicates.GroupMember;

/**
 * Encodes a {@link GroupMember}: doc id, a presence flag and the publication millis, the shingle
 * count and the shingle hashes as four big-endian bytes each, written and read in one block. Deterministic.
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
    ByteBuffer shingles = ByteBuffer.allocate(4 * member.shingles().length);
    shingles.asIntBuffer().put(member.shingles());
    out.write(shingles.array());
    out.flush();
  }

  @Override
  public GroupMember decode(InputStream inStream) throws IOException {
    String docId = StringUtf8Coder.of().decode(inStream);
    DataInputStream in = new DataInputStream(inStream);
    Long publishedMillis = in.readBoolean() ? in.readLong() : null;
    byte[] bytes = new byte[4 * in.readInt()];
    in.readFully(bytes);
    int[] shingles = new int[bytes.length / 4];
    ByteBuffer.wrap(bytes).asIntBuffer().get(shingles);
    return new GroupMember(docId, publishedMillis, shingles);
  }

  @Override
  public void verifyDeterministic() {}
}
